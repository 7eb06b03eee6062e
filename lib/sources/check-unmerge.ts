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

/** What moved, as a noun phrase for one row (`one`) or several: "the hop that now starts at …". */
const LABEL: Record<MovedList, (survivor: string, duplicate: string, one: boolean) => string> = {
  claimSpeakers: (s, _d, one) => `${one ? "claim" : "claims"} whose speaker became ${s}`,
  claimRecordSources: (s, _d, one) => `${one ? "claim" : "claims"} whose primary-record source became ${s}`,
  hopsFrom: (s, _d, one) => `${one ? "hop that now starts" : "hops that now start"} at ${s}`,
  hopsTo: (s, _d, one) => `${one ? "hop that now leads" : "hops that now lead"} to ${s}`,
  namedSources: (s, _d, one) => `${one ? "claim that names" : "claims that name"} ${s} instead`,
  aliases: (s, _d, one) => `${one ? "alias" : "aliases"} that moved to ${s}`,
  assessments: (s, _d, one) => `reliability ${one ? "assessment" : "assessments"} that moved to ${s}`,
  linksFrom: (s, _d, one) => `${one ? "link" : "links"} that moved to ${s}`,
  linksTo: (s, _d, one) => `${one ? "link" : "links"} that moved to ${s}`,
  snapshots: (s, _d, one) => `archived ${one ? "capture" : "captures"} that moved to ${s}`,
  mergedSources: (_s, d, one) => `${one ? "source" : "sources"} merged into ${d} earlier`,
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
        moved[list].length === 1
          ? `the ${LABEL[list](names.survivor, names.duplicate, true)} changed or was removed since`
          : `${missing} of the ${moved[list].length} ${LABEL[list](names.survivor, names.duplicate, false)} changed or ${missing === 1 ? "was" : "were"} removed since`,
      );
  }
  const restorable = new Set(state.restorableNamedSourceClaims);
  const lostNamed = moved.droppedNamedSources.filter((row) => !restorable.has(row.claimId)).length;
  if (lostNamed > 0)
    conflicts.push(
      lostNamed === 1
        ? `1 claim that named both sources was deleted or names ${names.duplicate} again`
        : `${lostNamed} claims that named both sources were deleted or name ${names.duplicate} again`,
    );
  const sources = new Set(state.existingSourceIds);
  const lostLinks = moved.droppedLinks.filter(
    (link) => !sources.has(link.fromSourceId) || !sources.has(link.toSourceId),
  ).length;
  if (lostLinks > 0)
    conflicts.push(
      lostLinks === 1
        ? "1 link set aside by the merge points at a source that no longer exists"
        : `${lostLinks} links set aside by the merge point at sources that no longer exist`,
    );
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
