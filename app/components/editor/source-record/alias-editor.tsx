"use client";
// Other names of a source ("La Dépêche" for La Dépêche du Midi). Each finds the source when an
// editor picks or creates one, so no name may belong to two sources.
import { type FormEvent, useState } from "react";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type Alias = { id: string; name: string };

export function AliasEditor({
  sourceId,
  sourceName,
  aliases,
  canWrite,
}: {
  sourceId: string;
  sourceName: string;
  aliases: Alias[];
  canWrite: boolean;
}) {
  const trpc = useTRPC();
  const adding = useWrite(trpc.sourceRecords.addAlias.mutationOptions());
  const removing = useWrite(trpc.sourceRecords.removeAlias.mutationOptions());
  const pending = adding.pending || removing.pending;
  const [name, setName] = useState("");

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await adding.run({ sourceId, name })) setName("");
  }

  return (
    <>
      {aliases.length === 0 ? <p className="meta">No other names yet.</p> : null}
      <ul className="chips" aria-label={`Other names of ${sourceName}`}>
        {aliases.map((alias) => (
          <li key={alias.id} className="chip">
            <span>{alias.name}</span>
            {canWrite ? (
              <button
                type="button"
                className="link-button"
                aria-label={`Remove the alias ${alias.name}`}
                disabled={pending}
                onClick={() => void removing.run({ sourceId, aliasId: alias.id })}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form className="form-row" aria-label="Add an alias" onSubmit={add}>
          <label>
            Another name
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              maxLength={200}
              placeholder="La Dépêche"
            />
          </label>
          <button type="submit" disabled={pending}>
            Add alias
          </button>
        </form>
      ) : null}
      <WriteProblem problem={adding.problem ?? removing.problem} />
    </>
  );
}
