import { describe, expect, it } from "vitest";
import { claimsTouchedBy, countMoved, MergeMoved, type MergeRefs, planMerge } from "@/lib/sources/plan-merge";

const S = "survivor";
const D = "duplicate";
const T = "2025-03-02T09:30:00.000Z";

function refs(overrides: Partial<MergeRefs> = {}): MergeRefs {
  return {
    survivor: { id: S, name: "La Dépêche du Midi", normalizedName: "la depeche du midi" },
    duplicate: { id: D, name: "La Depeche", normalizedName: "la depeche" },
    speakerClaimIds: [],
    recordClaimIds: [],
    hops: [],
    namedSources: [],
    aliases: [],
    assessmentIds: [],
    links: [],
    snapshotIds: [],
    mergedSourceIds: [],
    claimStatements: {},
    ...overrides,
  };
}

describe("planMerge", () => {
  it("moves every reference of the duplicate and gives the survivor its name as an alias", () => {
    const plan = planMerge(
      refs({
        speakerClaimIds: ["c1"],
        recordClaimIds: ["c2"],
        hops: [
          { id: "h1", claimId: "c3", fromSourceId: D, toSourceId: null },
          { id: "h2", claimId: "c3", fromSourceId: "journalists", toSourceId: D },
        ],
        namedSources: [{ claimId: "c4", sourceId: D, position: 1, mentionedAs: "la Dépêche" }],
        aliases: [
          { id: "a1", sourceId: D, name: "Dépêche de Toulouse", normalizedName: "depeche de toulouse", createdAt: T },
        ],
        assessmentIds: ["r1"],
        links: [{ id: "l1", fromSourceId: D, toSourceId: "groupe", kind: "MEMBER_OF", createdAt: T }],
        snapshotIds: ["s1"],
        mergedSourceIds: ["older"],
      }),
    );
    expect(plan.blockers).toEqual([]);
    expect(plan.newAlias).toEqual({ name: "La Depeche", normalizedName: "la depeche" });
    expect(plan.moved).toEqual({
      format: 1,
      claimSpeakers: ["c1"],
      claimRecordSources: ["c2"],
      hopsFrom: ["h1"],
      hopsTo: ["h2"],
      namedSources: ["c4"],
      droppedNamedSources: [],
      aliases: ["a1"],
      droppedAliases: [],
      assessments: ["r1"],
      linksFrom: ["l1"],
      linksTo: [],
      droppedLinks: [],
      snapshots: ["s1"],
      mergedSources: ["older"],
    });
    expect(plan.affectedClaimIds.sort()).toEqual(["c1", "c2", "c3", "c4"]);
    expect(MergeMoved.parse({ ...plan.moved, createdAlias: null })).toBeTruthy();
  });

  it("sets aside the named-source row of a claim that names both sources, keeping how it was named", () => {
    const plan = planMerge(
      refs({
        namedSources: [
          { claimId: "troops", sourceId: D, position: 5, mentionedAs: "La Depeche" },
          { claimId: "troops", sourceId: S, position: 0, mentionedAs: null },
          { claimId: "other", sourceId: D, position: 0, mentionedAs: null },
        ],
      }),
    );
    expect(plan.moved.namedSources).toEqual(["other"]);
    expect(plan.moved.droppedNamedSources).toEqual([{ claimId: "troops", position: 5, mentionedAs: "La Depeche" }]);
    expect(plan.affectedClaimIds.sort()).toEqual(["other", "troops"]);
  });

  it("sets aside aliases the survivor already has, by alias or by name, and does not add its name twice", () => {
    const plan = planMerge(
      refs({
        aliases: [
          { id: "s-alias", sourceId: S, name: "ladepeche.fr", normalizedName: "ladepeche fr", createdAt: T },
          { id: "s-old", sourceId: S, name: "La Depeche", normalizedName: "la depeche", createdAt: T },
          { id: "d-same", sourceId: D, name: "LaDepeche.fr", normalizedName: "ladepeche fr", createdAt: T },
          { id: "d-name", sourceId: D, name: "La Dépêche du Midi", normalizedName: "la depeche du midi", createdAt: T },
          { id: "d-new", sourceId: D, name: "Dépêche", normalizedName: "depeche", createdAt: T },
          { id: "d-new-twice", sourceId: D, name: "Depeche!", normalizedName: "depeche", createdAt: T },
        ],
      }),
    );
    expect(plan.moved.aliases).toEqual(["d-new"]);
    expect(plan.moved.droppedAliases.map((alias) => alias.id)).toEqual(["d-same", "d-name", "d-new-twice"]);
    expect(plan.newAlias).toBeNull();
  });

  it("sets aside links the survivor already has and links between the two, which would become self-links", () => {
    const plan = planMerge(
      refs({
        links: [
          { id: "s-baylet", fromSourceId: "baylet", toSourceId: S, kind: "MEMBER_OF", createdAt: T },
          { id: "d-baylet", fromSourceId: "baylet", toSourceId: D, kind: "MEMBER_OF", createdAt: T },
          { id: "d-baylet-speaks", fromSourceId: "baylet", toSourceId: D, kind: "SPEAKS_FOR", createdAt: T },
          { id: "d-to-s", fromSourceId: D, toSourceId: S, kind: "PRODUCED_BY", createdAt: T },
          { id: "s-to-d", fromSourceId: S, toSourceId: D, kind: "MEMBER_OF", createdAt: T },
          { id: "d-groupe", fromSourceId: D, toSourceId: "groupe", kind: "MEMBER_OF", createdAt: T },
        ],
      }),
    );
    expect(plan.moved.linksTo).toEqual(["d-baylet-speaks"]);
    expect(plan.moved.linksFrom).toEqual(["d-groupe"]);
    expect(plan.moved.droppedLinks.map((link) => link.id)).toEqual(["d-baylet", "d-to-s", "s-to-d"]);
    expect(plan.moved.droppedLinks[0]).toEqual({
      id: "d-baylet",
      fromSourceId: "baylet",
      toSourceId: D,
      kind: "MEMBER_OF",
      createdAt: T,
    });
  });

  it("is blocked by a hop between the two sources, naming the claim", () => {
    const plan = planMerge(
      refs({
        hops: [
          { id: "h1", claimId: "c1", fromSourceId: D, toSourceId: S },
          { id: "h2", claimId: "c1", fromSourceId: S, toSourceId: null },
        ],
        claimStatements: { c1: "Emmanuel Macron said that participating nations potentially sending…" },
      }),
    );
    expect(plan.blockers).toEqual([
      "a claim (Emmanuel Macron said that participating nations potentially sending…) has a hop from La Depeche to La Dépêche du Midi, which would become a hop from La Dépêche du Midi to itself; remove or change that hop first, then merge",
    ]);
    expect(plan.moved.hopsFrom).toEqual([]);
  });
});

describe("countMoved and claimsTouchedBy", () => {
  it("counts in the units an editor reads, the merge's own alias included", () => {
    const moved: MergeMoved = {
      ...planMerge(
        refs({
          speakerClaimIds: ["c1"],
          recordClaimIds: ["c1"],
          hops: [{ id: "h1", claimId: "c2", fromSourceId: D, toSourceId: null }],
        }),
      ).moved,
      createdAlias: { id: "new", name: "La Depeche" },
    };
    expect(countMoved(moved)).toEqual({
      claims: 1,
      hops: 1,
      namedSources: 0,
      aliases: 1,
      assessments: 0,
      links: 0,
      snapshots: 0,
      dropped: 0,
    });
    expect(claimsTouchedBy(moved, ["c2"]).sort()).toEqual(["c1", "c2"]);
  });
});
