"use client";
// Folding a duplicate into this source, and the merges it took part in, each undoable while
// nothing it moved has changed since.
import Link from "next/link";
import { useState } from "react";
import type { MergeView, MovedCounts } from "@/lib/sources/schemas";
import { useTRPCClient } from "../trpc-provider";
import { type ChosenSource, SourceChooser } from "./source-chooser";
import { useRecordWrite } from "./use-record-write";

const COUNT_WORDS: Array<[keyof MovedCounts, string, string]> = [
  ["claims", "claim", "claims"],
  ["hops", "hop", "hops"],
  ["namedSources", "named mention", "named mentions"],
  ["aliases", "alias", "aliases"],
  ["assessments", "assessment", "assessments"],
  ["links", "link", "links"],
  ["snapshots", "capture", "captures"],
  ["dropped", "duplicate row set aside", "duplicate rows set aside"],
];

function describeMoved(moved: MovedCounts): string {
  const parts = COUNT_WORDS.filter(([key]) => moved[key] > 0).map(
    ([key, one, many]) => `${moved[key]} ${moved[key] === 1 ? one : many}`,
  );
  return parts.length ? parts.join(", ") : "nothing but the name";
}

type Props = {
  workspaceId: string;
  workspaceSlug: string;
  sourceId: string;
  sourceName: string;
  merges: MergeView[];
  mergedAway: boolean;
  canWrite: boolean;
};

export function MergePanel({ workspaceId, workspaceSlug, sourceId, sourceName, merges, mergedAway, canWrite }: Props) {
  const client = useTRPCClient();
  const { pending, error, run } = useRecordWrite();
  const [duplicate, setDuplicate] = useState<ChosenSource | null>(null);
  const [round, setRound] = useState(0);

  async function merge() {
    if (!duplicate) return;
    if (await run(() => client.sourceRecords.merge.mutate({ sourceId, duplicateId: duplicate.id }))) {
      setDuplicate(null);
      setRound(round + 1);
    }
  }

  return (
    <>
      {merges.length === 0 ? <p className="meta">No merges.</p> : null}
      <ol className="plain-list merges">
        {merges.map((merge) => {
          const other = merge.role === "survivor" ? merge.merged : merge.survivor;
          const active = merge.undoneAt === null;
          return (
            <li key={merge.id} className={active ? "" : "undone"}>
              <time dateTime={merge.createdAt}>{merge.createdAt.slice(0, 10)}</time>{" "}
              {merge.role === "survivor" ? (
                <>
                  <Link href={`/editor/${workspaceSlug}/sources/${other.id}`}>{other.name}</Link> merged into this
                  source
                </>
              ) : (
                <>
                  merged into <Link href={`/editor/${workspaceSlug}/sources/${other.id}`}>{other.name}</Link>
                </>
              )}{" "}
              by {merge.createdBy?.name ?? "someone"}: {describeMoved(merge.moved)}.{" "}
              {active ? null : <span className="meta">Undone {merge.undoneAt!.slice(0, 10)}.</span>}
              {active && canWrite ? (
                <button
                  type="button"
                  className="link-button"
                  disabled={pending}
                  onClick={() => run(() => client.sourceRecords.unmerge.mutate({ sourceId: merge.merged.id }))}
                >
                  Undo this merge
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canWrite && !mergedAway ? (
        <div className="editor-form" role="group" aria-label="Merge a duplicate">
          <SourceChooser
            key={round}
            workspaceId={workspaceId}
            excludeId={sourceId}
            label="Duplicate of this source"
            value={duplicate}
            onChange={setDuplicate}
          />
          {duplicate ? (
            <p>
              Every claim, hop, alias, assessment, link and capture of <strong>{duplicate.name}</strong> will move to{" "}
              <strong>{sourceName}</strong>, and “{duplicate.name}” becomes an alias. You can undo this.
            </p>
          ) : null}
          <div className="form-row">
            <button type="button" disabled={pending || !duplicate} onClick={merge}>
              Merge into {sourceName}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
