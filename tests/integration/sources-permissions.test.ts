// Who may read and change source records: members read (viewers included), editors and owners
// write, members of other workspaces get 403 and anonymous callers 401 — and a refused call
// leaves aliases, assessments, links, merges and captures exactly as they were.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { CALLERS, createEditingFixture, type EditingFixture, type Who } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
type Case = {
  input: (fx: EditingFixture, who: Who) => Promise<unknown> | unknown;
  call: (fx: EditingFixture, who: Who, input: never) => Promise<unknown>;
};

const READ: Outcome[] = ["UNAUTHORIZED", "ok", "ok", "ok", "NOT_FOUND"];
const WRITE: Outcome[] = ["UNAUTHORIZED", "FORBIDDEN", "ok", "ok", "NOT_FOUND"];

const fresh = async (fx: EditingFixture, name: string, type: "OUTLET" | "PERSON" = "OUTLET") =>
  (await fx.callers.editor.sources.findOrCreate({ workspaceId: fx.workspace.id, name, type })).source.id;

const CASES: Record<string, Case & { expect: Outcome[] }> = {
  list: {
    expect: READ,
    input: (fx) => ({ workspaceId: fx.workspace.id }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.list(input),
  },
  get: {
    expect: READ,
    input: (fx) => ({ sourceId: fx.sources.depeche.id }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.get(input),
  },
  snapshots: {
    expect: READ,
    input: (fx) => ({ hopId: fx.hop.id }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.snapshots(input),
  },
  uses: {
    expect: READ,
    input: (fx) => ({ sourceId: fx.sources.depeche.id }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.uses(input),
  },
  rename: {
    expect: WRITE,
    input: async (fx, who) => {
      const sourceId = await fresh(fx, `Gazette of the ${who}`);
      return { sourceId, version: await fx.sourceVersion(sourceId), name: `Daily Gazette of the ${who}` };
    },
    call: (fx, who, input) => fx.callers[who].sourceRecords.rename(input),
  },
  addAlias: {
    expect: WRITE,
    input: (fx, who) => ({ sourceId: fx.sources.parisien.id, name: `Parisien ${who}` }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.addAlias(input),
  },
  removeAlias: {
    expect: WRITE,
    input: async (fx, who) => ({
      sourceId: fx.sources.parisien.id,
      aliasId: (
        await fx.callers.editor.sourceRecords.addAlias({ sourceId: fx.sources.parisien.id, name: `Gone ${who}` })
      ).id,
    }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.removeAlias(input),
  },
  setDetails: {
    expect: WRITE,
    input: async (fx) => ({
      sourceId: fx.sources.depeche.id,
      version: await fx.sourceVersion(fx.sources.depeche.id),
      language: "fr",
    }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.setDetails(input),
  },
  addAssessment: {
    expect: WRITE,
    input: (fx, who) => ({ sourceId: fx.sources.depeche.id, rating: "ESTABLISHED", reason: `checked by the ${who}` }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.addAssessment(input),
  },
  addLink: {
    expect: WRITE,
    input: async (fx, who) => ({
      sourceId: fx.sources.macron.id,
      otherSourceId: await fresh(fx, `Aide of the ${who}`, "PERSON"),
      kind: "SPEAKS_FOR",
      direction: "incoming",
    }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.addLink(input),
  },
  removeLink: {
    expect: WRITE,
    input: async (fx, who) => {
      const link = await fx.callers.editor.sourceRecords.addLink({
        sourceId: fx.sources.macron.id,
        otherSourceId: await fresh(fx, `Former aide of the ${who}`, "PERSON"),
        kind: "MEMBER_OF",
      });
      return { sourceId: fx.sources.macron.id, linkId: link.id };
    },
    call: (fx, who, input) => fx.callers[who].sourceRecords.removeLink(input),
  },
  merge: {
    expect: WRITE,
    input: async (fx, who) => ({
      sourceId: fx.sources.parisien.id,
      duplicateId: await fresh(fx, `Le Parisien of the ${who}`),
    }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.merge(input),
  },
  unmerge: {
    expect: WRITE,
    input: async (fx, who) => {
      const duplicateId = await fresh(fx, `Parisien copy of the ${who}`);
      await fx.callers.editor.sourceRecords.merge({ sourceId: fx.sources.parisien.id, duplicateId });
      return { sourceId: duplicateId };
    },
    call: (fx, who, input) => fx.callers[who].sourceRecords.unmerge(input),
  },
  addSnapshot: {
    expect: WRITE,
    input: (fx, who) => ({
      sourceId: fx.sources.depeche.id,
      content: `<p>captured for the ${who}</p>`,
      contentType: "text/html",
    }),
    call: (fx, who, input) => fx.callers[who].sourceRecords.addSnapshot(input),
  },
};

async function recordRows(db: Db) {
  return {
    aliases: await db.sourceAlias.findMany({ orderBy: { id: "asc" } }),
    assessments: await db.reliabilityAssessment.count(),
    links: await db.sourceLink.findMany({ orderBy: { id: "asc" } }),
    merges: await db.sourceMerge.findMany({ orderBy: { id: "asc" }, select: { id: true, undoneAt: true } }),
    snapshots: await db.archiveSnapshot.count(),
    sources: await db.source.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, version: true, mergedIntoId: true, language: true },
    }),
    audit: await db.auditEvent.count(),
  };
}

describe.each(testEngines())("who may read and change source records, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  it("answers each source-record procedure for each caller as the roles say, storing nothing when it refuses", async () => {
    const actual: Record<string, Outcome[]> = {};
    const storedWhenRefused: string[] = [];
    for (const [name, row] of Object.entries(CASES)) {
      actual[name] = [];
      for (const who of CALLERS) {
        const input = await row.input(fx, who);
        const before = await recordRows(fx.db);
        const outcome = await row.call(fx, who, input as never).then(
          (): Outcome => "ok",
          (error: unknown): Outcome => {
            if (error instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"].includes(error.code))
              return error.code as Outcome;
            throw new Error(`sourceRecords.${name} as ${who} failed unexpectedly: ${String(error)}`, { cause: error });
          },
        );
        actual[name].push(outcome);
        if (outcome !== "ok" && JSON.stringify(await recordRows(fx.db)) !== JSON.stringify(before))
          storedWhenRefused.push(`${name} as ${who}`);
      }
    }
    expect(actual).toEqual(Object.fromEntries(Object.entries(CASES).map(([name, row]) => [name, row.expect])));
    expect(storedWhenRefused).toEqual([]);
  });

  it("shows the viewer the whole record, and tells them which role writing needs", async () => {
    const record = await fx.callers.viewer.sourceRecords.get({ sourceId: fx.sources.depeche.id });
    expect(record.assessments.map((assessment) => assessment.ratedBy?.name).sort()).toEqual(
      [fx.users.editor.name, fx.users.owner.name].sort(),
    );
    expect(record.snapshots.length).toBeGreaterThan(0);
    await expect(
      fx.callers.viewer.sourceRecords.addAssessment({
        sourceId: fx.sources.depeche.id,
        rating: "SATIRE",
        reason: "I think it is satire",
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "this needs the editor role; you are viewer",
    });
  });

  it("keeps the owner of one workspace out of another's source records", async () => {
    await expect(fx.callers.owner.sourceRecords.get({ sourceId: fx.otherSource.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "no such item in your workspaces; it may have been deleted",
    });
    await expect(
      fx.callers.owner.sourceRecords.addAlias({ sourceId: fx.otherSource.id, name: "Le Monde daily" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fx.callers.outsider.sourceRecords.list({ workspaceId: fx.workspace.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      fx.callers.editor.sourceRecords.get({ sourceId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
