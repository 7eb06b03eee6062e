"use client";
// Links between sources, read from this source's side: the organisations a person speaks for or
// belongs to, and — apart from those — the documents and statements a source produced.
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { linkGroup } from "@/lib/sources/link-group";
import type { SourceLinkView } from "@/lib/sources/schemas";
import { SourceLinkKind } from "@/lib/vocabulary";
import { LINK_PHRASE, type LinkDirection, SOURCE_TYPE_WORDS } from "@/lib/words/display-words";
import { type PickedSource, SourcePicker } from "../source-picker";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

const CHOICES = SourceLinkKind.options.flatMap((kind) =>
  (["outgoing", "incoming"] as const).map((direction) => ({ kind, direction, value: `${kind}:${direction}` })),
);
const GROUPS = [
  { key: "affiliation", title: "Speaks for, member of" },
  { key: "production", title: "Documents and statements" },
] as const;

type Props = {
  workspaceId: string;
  sourceId: string;
  sourceName: string;
  workspaceSlug: string;
  links: SourceLinkView[];
  canWrite: boolean;
};

export function SourceLinks({ workspaceId, sourceId, sourceName, workspaceSlug, links, canWrite }: Props) {
  const trpc = useTRPC();
  const adding = useWrite(trpc.sourceRecords.addLink.mutationOptions());
  const removing = useWrite(trpc.sourceRecords.removeLink.mutationOptions());
  const pending = adding.pending || removing.pending;
  const [choice, setChoice] = useState(CHOICES[0]!.value);
  const [other, setOther] = useState<PickedSource | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!other) return;
    const [kind, direction] = choice.split(":") as [SourceLinkKind, LinkDirection];
    if (await adding.run({ sourceId, otherSourceId: other.id, kind, direction })) setOther(null);
  }

  return (
    <>
      {links.length === 0 ? <p className="meta">Not linked to any other source.</p> : null}
      {GROUPS.map((group) => {
        const inGroup = links.filter((link) => linkGroup(link.kind) === group.key);
        if (inGroup.length === 0) return null;
        return (
          <div key={group.key}>
            <h3>{group.title}</h3>
            <ul className="plain-list links">
              {inGroup.map((link) => (
                <li key={link.id}>
                  {sourceName} {LINK_PHRASE[link.kind][link.direction]}{" "}
                  <Link href={`/editor/${workspaceSlug}/sources/${link.other.id}`}>{link.other.name}</Link>{" "}
                  <span className="tag">{SOURCE_TYPE_WORDS[link.other.type]}</span>
                  {canWrite ? (
                    <button
                      type="button"
                      className="link-button"
                      disabled={pending}
                      aria-label={`Remove the link to ${link.other.name}`}
                      onClick={() => void removing.run({ sourceId, linkId: link.id })}
                    >
                      remove
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {canWrite ? (
        <form className="editor-form" aria-label="Link to another source" onSubmit={add}>
          <div className="form-row">
            <label>
              {sourceName}…
              <select value={choice} onChange={(event) => setChoice(event.target.value)}>
                {CHOICES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {LINK_PHRASE[option.kind][option.direction]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <SourcePicker
            workspaceId={workspaceId}
            excludeId={sourceId}
            label="Other source"
            value={other}
            onChange={setOther}
          />
          <div className="form-row">
            <button type="submit" disabled={pending || !other}>
              Add link
            </button>
          </div>
        </form>
      ) : null}
      <WriteProblem problem={adding.problem ?? removing.problem} />
    </>
  );
}
