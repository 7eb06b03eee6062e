"use client";
// Folding a duplicate into this source, and the merges it took part in, each undoable while
// nothing it moved has changed since.
import Link from "next/link";
import { useState } from "react";
import type { MergeView, MovedCounts } from "@/lib/sources/schemas";
import { type PickedSource, SourcePicker } from "../source-picker";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

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
  const trpc = useTRPC();
  const merging = useWrite(trpc.sourceRecords.merge.mutationOptions());
  const unmerging = useWrite(trpc.sourceRecords.unmerge.mutationOptions());
  const pending = merging.pending || unmerging.pending;
  const [duplicate, setDuplicate] = useState<PickedSource | null>(null);

  async function merge() {
    if (!duplicate) return;
    if (await merging.run({ sourceId, duplicateId: duplicate.id })) setDuplicate(null);
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
                  onClick={() => void unmerging.run({ sourceId: merge.merged.id })}
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
          <SourcePicker
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
      <WriteProblem problem={merging.problem ?? unmerging.problem} />
    </>
  );
}
