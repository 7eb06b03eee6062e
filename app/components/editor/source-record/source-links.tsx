"use client";
// Links between sources, read from this source's side: the organisations a person speaks for or
// belongs to, and — apart from those — the documents and statements a source produced.
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { LINK_PHRASE, type LinkDirection, linkGroup, SOURCE_TYPE_LABEL } from "@/lib/sources/labels";
import type { SourceLinkView } from "@/lib/sources/schemas";
import { SourceLinkKind } from "@/lib/vocabulary";
import { useTRPCClient } from "../trpc-provider";
import { type ChosenSource, SourceChooser } from "./source-chooser";
import { useRecordWrite } from "./use-record-write";

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
  const client = useTRPCClient();
  const { pending, error, run } = useRecordWrite();
  const [choice, setChoice] = useState(CHOICES[0]!.value);
  const [other, setOther] = useState<ChosenSource | null>(null);
  const [round, setRound] = useState(0);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!other) return;
    const [kind, direction] = choice.split(":") as [SourceLinkKind, LinkDirection];
    if (await run(() => client.sourceRecords.addLink.mutate({ sourceId, otherSourceId: other.id, kind, direction }))) {
      setOther(null);
      setRound(round + 1);
    }
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
                  <span className="tag">{SOURCE_TYPE_LABEL[link.other.type]}</span>
                  {canWrite ? (
                    <button
                      type="button"
                      className="link-button"
                      disabled={pending}
                      aria-label={`Remove the link to ${link.other.name}`}
                      onClick={() => run(() => client.sourceRecords.removeLink.mutate({ sourceId, linkId: link.id }))}
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
          <SourceChooser
            key={round}
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
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
