"use client";
// Adding a source from the sources list, through the source picker's own path: a name that
// already finds a source (its name, an alias, a merge) leads to that source, never to a second one.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { guessSourceType } from "@/lib/sources/guess-source-type";
import { SourceType } from "@/lib/vocabulary";
import { SourceTypeOptions } from "../source-type-options";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function AddSourceForm({ workspaceId, workspaceSlug }: { workspaceId: string; workspaceSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const adding = useWrite(trpc.sources.findOrCreate.mutationOptions(), { refresh: false });
  const [name, setName] = useState("");
  const [chosenType, setChosenType] = useState<SourceType | null>(null);
  const type = chosenType ?? guessSourceType(name);
  const found = adding.data?.existed ? adding.data.source : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await adding.run({ workspaceId, name, type });
    if (result && !result.existed) router.push(`/editor/${workspaceSlug}/sources/${result.source.id}`);
  }

  return (
    <form className="editor-form" aria-label="Add a source" onSubmit={submit}>
      <div className="form-row">
        <label>
          Name
          <input
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              adding.reset();
            }}
            required
            maxLength={200}
            placeholder="Agence France-Presse"
          />
        </label>
        <label>
          Type
          <select value={type} onChange={(event) => setChosenType(SourceType.parse(event.target.value))}>
            <SourceTypeOptions />
          </select>
        </label>
        <button type="submit" disabled={adding.pending}>
          Add source
        </button>
      </div>
      {found ? (
        <p className="notice" role="status">
          “{adding.asked?.name}” already finds{" "}
          <Link href={`/editor/${workspaceSlug}/sources/${found.id}`}>{found.name}</Link>; no second source was added.
        </p>
      ) : null}
      <WriteProblem problem={adding.problem} />
    </form>
  );
}
