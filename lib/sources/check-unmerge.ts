// An undo moves back exactly the rows a merge moved. When some of them changed since (a hop
// removed, a claim given another speaker), moving the rest back would mix old and new edits, so
// the undo is refused with what changed.
import type { MergeMoved } from "./plan-merge";

export const MOVED_LISTS = [
  "claimSpeakers",
  "claimRecordSources",
  "hopsFrom",
  "hopsTo",
  "namedSources",
  "aliases",
  "assessments",
  "linksFrom",
  "linksTo",
  "snapshots",
  "mergedSources",
] as const;
type MovedList = (typeof MOVED_LISTS)[number];

export type UnmergeState = {
  /** For each list of moved ids, those still on the survivor as the merge left them. */
  inPlace: Record<MovedList, readonly string[]>;
  /** Claims of set-aside named-source rows that still exist and do not name the duplicate again. */
  restorableNamedSourceClaims: readonly string[];
  /** Sources that exist now, for the ends of set-aside links. */
  existingSourceIds: readonly string[];
  /** Normalized aliases the duplicate has now (a merged source normally has none). */
  duplicateAliasNames: readonly string[];
};

const LABEL: Record<MovedList, (survivor: string, duplicate: string) => string> = {
  claimSpeakers: (s) => `claims whose speaker became ${s}`,
  claimRecordSources: (s) => `claims whose primary-record source became ${s}`,
  hopsFrom: (s) => `hops that now start at ${s}`,
  hopsTo: (s) => `hops that now lead to ${s}`,
  namedSources: (s) => `claims that name ${s} instead`,
  aliases: (s) => `aliases that moved to ${s}`,
  assessments: (s) => `reliability assessments that moved to ${s}`,
  linksFrom: (s) => `links that moved to ${s}`,
  linksTo: (s) => `links that moved to ${s}`,
  snapshots: (s) => `archived captures that moved to ${s}`,
  mergedSources: (_s, d) => `sources merged into ${d} earlier`,
};

/** What stops the undo, one phrase each; empty when every moved row is where the merge left it. */
export function findUnmergeConflicts(
  moved: MergeMoved,
  state: UnmergeState,
  names: { survivor: string; duplicate: string },
): string[] {
  const conflicts: string[] = [];
  for (const list of MOVED_LISTS) {
    const inPlace = new Set(state.inPlace[list]);
    const missing = moved[list].filter((id) => !inPlace.has(id)).length;
    if (missing > 0)
      conflicts.push(
        `${missing} of the ${moved[list].length} ${LABEL[list](names.survivor, names.duplicate)} changed or were removed since`,
      );
  }
  const restorable = new Set(state.restorableNamedSourceClaims);
  const lostNamed = moved.droppedNamedSources.filter((row) => !restorable.has(row.claimId)).length;
  if (lostNamed > 0)
    conflicts.push(`${lostNamed} claims that named both sources were deleted or name ${names.duplicate} again`);
  const sources = new Set(state.existingSourceIds);
  const lostLinks = moved.droppedLinks.filter(
    (link) => !sources.has(link.fromSourceId) || !sources.has(link.toSourceId),
  ).length;
  if (lostLinks > 0) conflicts.push(`${lostLinks} links set aside by the merge point at sources that no longer exist`);
  const aliasNames = new Set(state.duplicateAliasNames);
  const clashing = moved.droppedAliases.filter((alias) => aliasNames.has(alias.normalizedName)).length;
  if (clashing > 0) conflicts.push(`${names.duplicate} already has ${clashing} of the aliases to put back`);
  return conflicts;
}

export function unmergeConflictMessage(
  conflicts: readonly string[],
  names: { survivor: string; duplicate: string },
): string {
  return `cannot undo the merge of ${names.duplicate} into ${names.survivor}: ${conflicts.join("; ")}. Undo only moves back rows that are as the merge left them, so no later edit is lost; move the rest by hand instead`;
}
