"use client";
// A new name for a source, saved with the version the editor opened; the old name stays as an
// alias, so pickers, imports and search still find the source by it.
import { type FormEvent, useState } from "react";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function RenameSourceForm({ source }: { source: { id: string; name: string; version: number } }) {
  const trpc = useTRPC();
  const renaming = useWrite(trpc.sourceRecords.rename.mutationOptions());
  const [name, setName] = useState(source.name);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await renaming.run({ sourceId: source.id, version: source.version, name });
  }

  const kept = renaming.data?.alias;
  return (
    <details className="record-edit">
      <summary>Rename</summary>
      <form className="editor-form" aria-label="Rename the source" onSubmit={submit}>
        <div className="form-row">
          <label>
            New name
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
          </label>
          <button type="submit" disabled={renaming.pending}>
            Rename
          </button>
        </div>
        {renaming.data && !renaming.problem ? (
          <p className="meta" role="status">
            Renamed to {renaming.data.name}.{kept ? ` “${kept.name}” is kept as another name.` : ""}
          </p>
        ) : null}
        <WriteProblem problem={renaming.problem} onReload={renaming.reset} />
      </form>
    </details>
  );
}
