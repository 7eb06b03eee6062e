import { describe, expect, it } from "vitest";
import {
  findUnmergeConflicts,
  MOVED_LISTS,
  type UnmergeState,
  unmergeConflictMessage,
} from "@/lib/sources/check-unmerge";
import type { MergeMoved } from "@/lib/sources/plan-merge";

const NAMES = { survivor: "La Dépêche du Midi", duplicate: "La Depeche" };
const T = "2025-03-02T09:30:00.000Z";

const moved: MergeMoved = {
  format: 1,
  claimSpeakers: ["c1"],
  claimRecordSources: [],
  hopsFrom: ["h1", "h2"],
  hopsTo: ["h3"],
  namedSources: ["c2"],
  droppedNamedSources: [{ claimId: "c3", position: 2, mentionedAs: "La Depeche" }],
  aliases: ["a1"],
  droppedAliases: [{ id: "a2", name: "ladepeche.fr", normalizedName: "ladepeche fr", createdAt: T }],
  createdAlias: { id: "a3", name: "La Depeche" },
  assessments: ["r1"],
  linksFrom: [],
  linksTo: ["l1"],
  droppedLinks: [{ id: "l2", fromSourceId: "baylet", toSourceId: "duplicate", kind: "MEMBER_OF", createdAt: T }],
  snapshots: ["s1"],
  mergedSources: [],
};

function untouched(): UnmergeState {
  return {
    inPlace: Object.fromEntries(
      MOVED_LISTS.map((list) => [list, [...moved[list]]]),
    ) as unknown as UnmergeState["inPlace"],
    restorableNamedSourceClaims: ["c3"],
    existingSourceIds: ["baylet", "duplicate"],
    duplicateAliasNames: [],
  };
}

describe("findUnmergeConflicts", () => {
  it("finds none when every moved row is where the merge left it", () => {
    expect(findUnmergeConflicts(moved, untouched(), NAMES)).toEqual([]);
  });

  it("names what changed since the merge", () => {
    const state = untouched();
    state.inPlace.hopsFrom = ["h2"];
    state.inPlace.claimSpeakers = [];
    state.restorableNamedSourceClaims = [];
    state.existingSourceIds = ["duplicate"];
    state.duplicateAliasNames = ["ladepeche fr"];
    expect(findUnmergeConflicts(moved, state, NAMES)).toEqual([
      "the claim whose speaker became La Dépêche du Midi changed or was removed since",
      "1 of the 2 hops that now start at La Dépêche du Midi changed or was removed since",
      "1 claim that named both sources was deleted or names La Depeche again",
      "1 link set aside by the merge points at a source that no longer exists",
      "La Depeche already has 1 of the aliases to put back",
    ]);
  });

  it("says why the undo is refused and what to do instead", () => {
    expect(
      unmergeConflictMessage(
        ["1 of the 2 hops that now start at La Dépêche du Midi changed or were removed since"],
        NAMES,
      ),
    ).toBe(
      "cannot undo the merge of La Depeche into La Dépêche du Midi: 1 of the 2 hops that now start at La Dépêche du Midi changed or were removed since. Undo only moves back rows that are as the merge left them, so no later edit is lost; move the rest by hand instead",
    );
  });
});
