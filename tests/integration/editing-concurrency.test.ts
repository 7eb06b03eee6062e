// Two editors saving the same claim: whoever saves second on a version someone else replaced
// gets CONFLICT naming the newer version, and nothing of that save is kept. First one after the
// other on every engine; then truly at once, through two connections to one PostgreSQL.
import pgDriver from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { confirmationTokensTo, signUpConfirmed } from "../support/confirm-sign-up";
import {
  type Caller,
  countRows,
  createEditingFixture,
  type EditingFixture,
  joinWorkspace,
  PASSWORD,
} from "../support/editing-fixtures";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const ROUNDS = 20;
const pg = await createPostgresDatabase();

/** A second editor of the fixture's workspace, with a caller on `db` (another connection, maybe). */
async function addSecondEditor(fx: EditingFixture, db: Database["db"], tag = ""): Promise<Caller> {
  const erin = await signUpConfirmed(fx.callers.anonymous.auth, {
    email: `erin${tag}@newsroom.example`,
    name: "Erin Second",
    password: PASSWORD,
  });
  const caller = createCaller(
    createInnerContext({ db, session: { userId: erin.id, email: erin.email, name: erin.name } }),
  );
  await joinWorkspace(fx.callers.owner, caller, { workspaceId: fx.workspace.id, email: erin.email, role: "EDITOR" });
  return caller;
}

async function claimRow(fx: EditingFixture, claimId: string) {
  return fx.db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, cue: true, status: true, _count: { select: { hops: true } } },
  });
}

describe.each(testEngines())("two editors saving the same claim one after the other, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let eddie: Caller;
  let erin: Caller;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    eddie = fx.callers.editor;
    erin = await addSecondEditor(fx, database.db);
  });
  afterAll(() => database.close());

  it("refuses the second save of the same version with CONFLICT naming the newer version, and keeps the first", async () => {
    const claim = await fx.freshClaim();
    expect(claim.version).toBe(1);
    expect(
      await eddie.editing.updateClaim({ claimId: claim.id, version: 1, cue: "as reported by La Dépêche du Midi" }),
    ).toEqual({ id: claim.id, version: 2 });

    const before = await countRows(fx.db);
    const error = await erin.editing
      .updateClaim({ claimId: claim.id, version: 1, cue: "according to Le Parisien", status: "DISPUTED" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as Error).message).toMatch(
      /^someone else saved this claim \(version 2, at \d{4}-\d\d-\d\dT[\d:.]+Z\) after you opened version 1; reload it, then re-apply your change$/,
    );

    expect(await countRows(fx.db)).toEqual(before);
    expect(await claimRow(fx, claim.id)).toEqual({
      version: 2,
      cue: "as reported by La Dépêche du Midi",
      status: "ASSERTED",
      _count: { hops: 0 },
    });
    const history = await erin.editing.claimHistory({ claimId: claim.id });
    expect(history.map(({ action, actor }) => [action, actor])).toEqual([
      ["claim.update", "Eddie Editor"],
      ["claim.create", "Eddie Editor"],
    ]);

    // Reloaded, the second editor saves on top of the first.
    expect(await erin.editing.updateClaim({ claimId: claim.id, version: 2, status: "DISPUTED" })).toEqual({
      id: claim.id,
      version: 3,
    });
    expect(await claimRow(fx, claim.id)).toMatchObject({
      version: 3,
      cue: "as reported by La Dépêche du Midi",
      status: "DISPUTED",
    });
  });

  it("refuses a hop added on a version an update replaced, and an update made on a version a hop replaced", async () => {
    const claim = await fx.freshClaim();
    const hop = {
      fromSourceId: fx.sources.macron.id,
      toSourceId: fx.sources.journalists.id,
      relation: "SAID_TO",
      firstHand: true,
      confidence: 0.9,
    } as const;

    await eddie.editing.updateClaim({ claimId: claim.id, version: 1, note: "Eddie checked the cue" });
    let before = await countRows(fx.db);
    await expect(erin.editing.addHop({ claimId: claim.id, claimVersion: 1, ...hop })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("(version 2,"),
    });
    expect(await countRows(fx.db)).toEqual(before);
    expect(await claimRow(fx, claim.id)).toMatchObject({ version: 2, _count: { hops: 0 } });

    expect(await erin.editing.addHop({ claimId: claim.id, claimVersion: 2, ...hop })).toMatchObject({
      claimVersion: 3,
    });
    before = await countRows(fx.db);
    await expect(
      eddie.editing.updateClaim({ claimId: claim.id, version: 2, cue: "Macron said" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("(version 3,") });
    expect(await countRows(fx.db)).toEqual(before);
    expect(await claimRow(fx, claim.id)).toEqual({ version: 3, cue: null, status: "ASSERTED", _count: { hops: 1 } });
  });
});

describe("two editors saving at the same moment, through two connections to one PostgreSQL", () => {
  let first: Database;
  let second: Database;
  let fx: EditingFixture;
  let eddie: Caller;
  let erin: Caller;
  beforeAll(async () => {
    if (!pg) return;
    first = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot });
    second = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot, migrate: false });
    fx = await createEditingFixture(first.db);
    eddie = fx.callers.editor;
    erin = await addSecondEditor(fx, second.db);
  });
  afterAll(async () => {
    if (!pg) return;
    await first?.close();
    await second?.close();
    await pg.drop();
  });

  it.skipIf(!pg)(
    "answers simultaneous creations of the same thing with a result or a clear CONFLICT, never a 500",
    async () => {
      for (let round = 0; round < 10; round++) {
        const sources = await Promise.allSettled(
          [eddie, erin].map((c) =>
            c.sources.findOrCreate({ workspaceId: fx.workspace.id, name: `Reuters ${round}`, type: "OUTLET" }),
          ),
        );
        for (const settled of sources)
          if (settled.status === "rejected") expect((settled.reason as { code: string }).code).toBe("CONFLICT");
        const workspaces = await Promise.allSettled(
          [eddie, erin].map((c) => c.workspaces.create({ name: "Same", slug: `same-${round}` })),
        );
        expect(
          workspaces.map((s) => (s.status === "fulfilled" ? "ok" : (s.reason as { code: string }).code)).sort(),
        ).toEqual(["CONFLICT", "ok"]);
        const articles = await Promise.all(
          [eddie, erin].map((c) =>
            c.editing.createArticle({ workspaceId: fx.workspace.id, title: `Same title ${round}`, content: "x" }),
          ),
        );
        expect(new Set(articles.map((created) => created.slug)).size).toBe(2);
      }
    },
  );

  it.skipIf(!pg)("creates 20 articles of one title at once, each with its own address", async () => {
    const callers = Array.from({ length: 20 }, (_, i) => (i % 2 ? eddie : erin));
    const created = await Promise.all(
      callers.map((c) =>
        c.editing.createArticle({ workspaceId: fx.workspace.id, title: "Ministers meet", content: "Ministers met." }),
      ),
    );
    expect(new Set(created.map((article) => article.slug)).size).toBe(20);
    for (const article of created) expect(article.slug).toMatch(/^ministers-meet-[a-z2-9]{8}$/);
  });

  // Issue 13: revisions sent at once without `expectedVersion` failed with "already exists".
  it.skipIf(!pg)("takes revisions sent at once without an expected version, each a version of its own", async () => {
    const { id } = await eddie.editing.createArticle({
      workspaceId: fx.workspace.id,
      title: "Harbour",
      content: "The harbour shut.",
    });
    const bodies = Array.from({ length: 6 }, (_, i) => `The harbour shut. Update ${i}: it reopened at ${i} o'clock.`);
    const outcomes = await Promise.allSettled(
      bodies.map((content, i) => (i % 2 ? eddie : erin).editing.reviseArticle({ articleId: id, content })),
    );
    const refused = outcomes.flatMap((o) =>
      o.status === "rejected" ? [o.reason as { code: string; message: string }] : [],
    );
    for (const reason of refused) {
      expect(reason.code).toBe("CONFLICT");
      expect(reason.message).toMatch(/changed while this revision was prepared/);
    }
    const taken = outcomes.filter((o) => o.status === "fulfilled").length;
    expect(taken).toBeGreaterThanOrEqual(1);
    const versions = await fx.db.articleVersion.findMany({ where: { articleId: id }, select: { version: true } });
    expect(versions.map((v) => v.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: taken + 1 }, (_, i) => i + 1),
    );
    const article = await fx.db.article.findUniqueOrThrow({ where: { id }, select: { version: true, body: true } });
    expect(article.version).toBe(taken + 1);
    expect(bodies).toContain(article.body);
  });

  it.skipIf(!pg)("gives the demo exactly one first owner when the first confirmations race", async () => {
    for (let round = 0; round < 3; round++) {
      const fresh = (await createPostgresDatabase())!;
      const databases = await Promise.all(
        [0, 1, 2, 3].map(() => openDatabase({ kind: "postgres", url: fresh.url }, { root: repoRoot, migrate: false })),
      );
      await loadDemo(databases[0]!.db, repoRoot);
      const tokens: string[] = [];
      for (const [i, d] of databases.entries()) {
        const email = `race${round}-${i}@example.org`;
        const since = new Date().toISOString();
        await createCaller(createInnerContext({ db: d.db })).auth.signUp({
          email,
          name: `U${i}`,
          password: "a long enough password",
        });
        tokens.push(confirmationTokensTo(email, since)[0]!);
      }
      await Promise.all(
        databases.map((d, i) =>
          createCaller(createInnerContext({ db: d.db })).auth.confirmEmail({
            token: tokens[i]!,
            password: "a long enough password",
          }),
        ),
      );
      expect(await databases[0]!.db.membership.count({ where: { role: "OWNER", workspace: { slug: "demo" } } })).toBe(
        1,
      );
      for (const d of databases) await d.close();
      await fresh.drop();
    }
  });

  /** Both saves at once; exactly one may win, the other must be a CONFLICT. */
  async function race(saves: [() => Promise<unknown>, () => Promise<unknown>]): Promise<0 | 1> {
    const [a, b] = await Promise.allSettled(saves.map((save) => save()));
    const outcomes = [a!, b!].map((settled) =>
      settled.status === "fulfilled" ? "won" : (settled.reason as { code?: string }).code,
    );
    expect(outcomes.sort()).toEqual(["CONFLICT", "won"]);
    return a!.status === "fulfilled" ? 0 : 1;
  }

  it.skipIf(!pg)(
    "anchors a claim selected while a revision is being written in the body the revision leaves",
    async () => {
      const sentence = "The minister said the port would reopen in spring.";
      const body = `Other news. ${sentence}`;
      const { id } = await eddie.editing.createArticle({ workspaceId: fx.workspace.id, title: "Port", content: body });
      const start = body.indexOf(sentence);
      // A revision's transaction, open on another connection: the body has changed, not yet committed.
      const revision = new pgDriver.Client({ connectionString: pg!.url });
      await revision.connect();
      try {
        await revision.query("BEGIN");
        await revision.query("UPDATE article SET body = $1, version = version + 1 WHERE id = $2", [
          `Breaking: the harbour shut. ${body}`,
          id,
        ]);
        const creating = erin.editing.createClaim({
          articleId: id,
          start,
          end: start + sentence.length,
          exact: sentence,
          kind: "PARAPHRASE",
        });
        const outcome = creating.then(
          () => "created",
          (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        await revision.query("COMMIT");
        // The claim waited for the revision and checked the selection against the new body.
        expect(await outcome).toMatch(/^BAD_REQUEST: span \d+–\d+ does not match the article text/);
      } finally {
        await revision.end();
      }
      expect(await fx.db.claim.count({ where: { articleId: id } })).toBe(0);
    },
  );

  it.skipIf(!pg)(`lets exactly one of two simultaneous updates of the same version win, ${ROUNDS} rounds`, async () => {
    const claim = await fx.freshClaim();
    let wins = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { version } = await claimRow(fx, claim.id);
      const cues = [`Eddie's cue, round ${round}`, `Erin's cue, round ${round}`] as const;
      const winner = await race([
        () => eddie.editing.updateClaim({ claimId: claim.id, version, cue: cues[0] }),
        () => erin.editing.updateClaim({ claimId: claim.id, version, cue: cues[1] }),
      ]);
      wins++;
      expect(await claimRow(fx, claim.id)).toMatchObject({ version: version + 1, cue: cues[winner] });
    }
    expect((await claimRow(fx, claim.id)).version).toBe(1 + wins);
    expect(
      await fx.db.auditEvent.count({ where: { entityType: "claim", entityId: claim.id, action: "claim.update" } }),
    ).toBe(wins);
  });

  it.skipIf(!pg)(`lets exactly one of a simultaneous addHop and updateClaim win, ${ROUNDS} rounds`, async () => {
    const claim = await fx.freshClaim();
    const witnesses: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      witnesses.push(
        (
          await eddie.sources.findOrCreate({
            workspaceId: fx.workspace.id,
            name: `Witness ${round + 1}`,
            type: "PERSON",
          })
        ).source.id,
      );
    }
    const won = { hop: 0, update: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { version, cue } = await claimRow(fx, claim.id);
      const winner = await race([
        () =>
          eddie.editing.addHop({
            claimId: claim.id,
            claimVersion: version,
            fromSourceId: witnesses[round]!,
            toSourceId: null,
            relation: "QUOTED_BY",
            firstHand: true,
            confidence: 0.9,
          }),
        () => erin.editing.updateClaim({ claimId: claim.id, version, cue: `Erin's cue, round ${round}` }),
      ]);
      if (winner === 0) won.hop++;
      else won.update++;
      expect(await claimRow(fx, claim.id)).toMatchObject({
        version: version + 1,
        cue: winner === 0 ? cue : `Erin's cue, round ${round}`,
        _count: { hops: won.hop },
      });
    }
    expect(won.hop + won.update).toBe(ROUNDS);
    expect(await claimRow(fx, claim.id)).toMatchObject({ version: 1 + ROUNDS, _count: { hops: won.hop } });
    const history = await eddie.editing.claimHistory({ claimId: claim.id });
    expect(history.filter((event) => event.action === "hop.add")).toHaveLength(won.hop);
    expect(history.filter((event) => event.action === "claim.update")).toHaveLength(won.update);
  });
});
