// An editor's afternoon, through the procedures the editor's pages call: sign up on a fresh
// installation (and so own the demo newsroom), open a workspace, paste the seed article, mark
// the troops claim, pick its sources, build its chain hop by hop, read its history, retract an
// outlet after previewing the impact, search, and sign out. The steps build on each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { readSession } from "@/server/services/auth/sessions";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext, type SessionUser } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { type Caller, PASSWORD, SEED_TEXT, sessionTokenFrom, TROOPS } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const MOSCOW = "approval from Moscow isn’t necessary for such deployment";
const TITLE = "Macron details a support force for Ukraine";

describe.each(testEngines())("the editor's troops-claim flow, on $name", (engine) => {
  let database: Database;
  let anonymous: Caller;
  let token: string;
  let dana: SessionUser;
  let editor: Caller;
  let workspace: { id: string; slug: string };
  let article: { id: string; slug: string; body: string };
  let troops: { id: string; version: number };
  let sources: Record<"macron" | "journalists" | "depeche" | "parisien", { id: string; version: number }>;
  const hopIds: string[] = [];

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    anonymous = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  async function addHop(
    claim: { id: string; version: number },
    from: string,
    to: string | null,
    hop: {
      relation: "SAID_TO" | "REPORTED_BY" | "PARAPHRASED_BY";
      firstHand: boolean;
      confidence: number;
      evidenceUrl?: string;
    },
  ) {
    const added = await editor.editing.addHop({
      claimId: claim.id,
      claimVersion: claim.version,
      fromSourceId: from,
      toSourceId: to,
      ...hop,
    });
    claim.version = added.claimVersion;
    return added.id;
  }

  it("makes the first account to sign up the owner of the ownerless demo newsroom, and signs it in", async () => {
    const context = createInnerContext({ db: database.db });
    const me = await signUpConfirmed(createCaller(context).auth, {
      email: "Dana@Desk.example",
      name: "Dana Editor",
      password: PASSWORD,
    });
    expect(me).toMatchObject({ email: "dana@desk.example", name: "Dana Editor" });
    expect(context.setCookies).toHaveLength(1);
    expect(context.setCookies[0]).toMatch(/^claimtrail_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    token = sessionTokenFrom(context.setCookies)!;
    dana = (await readSession(database.db, token))!;
    expect(dana).toEqual({ userId: me.id, email: "dana@desk.example", name: "Dana Editor" });
    editor = createCaller(createInnerContext({ db: database.db, session: dana, sessionToken: token }));

    expect(await editor.auth.me()).toEqual({ id: me.id, email: me.email, name: me.name });
    expect(await editor.workspaces.mine()).toEqual([
      { id: expect.any(String), slug: "demo", name: "Demo newsroom", role: "OWNER", articleCount: 1 },
    ]);

    const secondContext = createInnerContext({ db: database.db });
    const second = await signUpConfirmed(createCaller(secondContext).auth, {
      email: "sam@desk.example",
      name: "Sam Second",
      password: PASSWORD,
    });
    const sam = createCaller(
      createInnerContext({ db: database.db, session: { userId: second.id, email: second.email, name: second.name } }),
    );
    expect(await sam.workspaces.mine()).toEqual([]);
  });

  it("creates a workspace that its creator owns", async () => {
    workspace = await editor.workspaces.create({ name: "Europe Desk", slug: "europe-desk" });
    expect(workspace).toMatchObject({ slug: "europe-desk", name: "Europe Desk" });
    const mine = await editor.workspaces.mine();
    expect(mine.map(({ slug, role, articleCount }) => ({ slug, role, articleCount }))).toEqual([
      { slug: "demo", role: "OWNER", articleCount: 1 },
      { slug: "europe-desk", role: "OWNER", articleCount: 0 },
    ]);
  });

  it("creates a draft article from the pasted seed text, kept as pasted", async () => {
    const created = await editor.editing.createArticle({ workspaceId: workspace.id, title: TITLE, content: SEED_TEXT });
    // The title's words and a random key that cannot be guessed from the title.
    expect(created.slug).toMatch(/^macron-details-a-support-force-for-ukraine-[a-km-np-z2-9]{8}$/);
    const detail = await editor.articles.bySlug({ slug: created.slug });
    expect(detail).toMatchObject({ title: TITLE, status: "DRAFT", workspaceId: workspace.id, version: 1, claims: [] });
    expect(detail.body).toBe(SEED_TEXT.trim());
    article = { id: created.id, slug: created.slug, body: detail.body };
    expect((await editor.workspaces.bySlug({ slug: "europe-desk" })).articles).toEqual([
      { id: created.id, slug: created.slug, title: TITLE, status: "DRAFT", claimCount: 0 },
    ]);
  });

  it("creates the troops claim for its exact span", async () => {
    const start = article.body.indexOf(TROOPS);
    expect(start).toBeGreaterThan(0);
    troops = await editor.editing.createClaim({
      articleId: article.id,
      start,
      end: start + TROOPS.length,
      exact: TROOPS,
      kind: "PARAPHRASE",
    });
    expect(troops.version).toBe(1);
    const claim = await editor.sourcing.claim({ id: troops.id });
    expect(claim).toMatchObject({
      quote: TROOPS,
      start,
      end: start + TROOPS.length,
      kind: "PARAPHRASE",
      status: "ASSERTED",
      speaker: null,
      hops: [],
    });
    expect(article.body.slice(start - claim.prefix.length, start)).toBe(claim.prefix);
    expect(claim.suffix).toBe(article.body.slice(start + TROOPS.length, start + TROOPS.length + claim.suffix.length));
    expect(claim.article).toEqual({ slug: article.slug, title: TITLE });
  });

  it("finds or creates the sources, never twice the same outlet", async () => {
    const pick = async (name: string, type: "PERSON" | "EVENT" | "OUTLET") => {
      const { source, existed } = await editor.sources.findOrCreate({ workspaceId: workspace.id, name, type });
      expect({ name: source.name, type: source.type, existed }).toEqual({ name, type, existed: false });
      return { id: source.id, version: source.version };
    };
    sources = {
      macron: await pick("Emmanuel Macron", "PERSON"),
      journalists: await pick("journalists from regional French newspapers", "EVENT"),
      depeche: await pick("La Dépêche du Midi", "OUTLET"),
      parisien: await pick("Le Parisien", "OUTLET"),
    };

    for (const spelling of ["la dépêche du midi", "La Depeche du Midi."]) {
      const again = await editor.sources.findOrCreate({ workspaceId: workspace.id, name: spelling, type: "OUTLET" });
      expect(again).toMatchObject({ existed: true, source: { id: sources.depeche.id, name: "La Dépêche du Midi" } });
    }
    const found = await editor.sources.search({ workspaceId: workspace.id, query: "depeche" });
    expect(found.map((source) => source.id)).toEqual([sources.depeche.id]);
    expect(await database.db.source.count({ where: { workspaceId: workspace.id } })).toBe(4);
  });

  it("names the speaker and the cue", async () => {
    const updated = await editor.editing.updateClaim({
      claimId: troops.id,
      version: troops.version,
      speakerId: sources.macron.id,
      cue: "as reported by La Dépêche du Midi and Le Parisien",
      primaryRecord: "NOT_AVAILABLE",
      primaryRecordNote: "Macron's office said no recording was available",
    });
    expect(updated).toEqual({ id: troops.id, version: 2 });
    troops.version = updated.version;
    expect(await editor.sourcing.claim({ id: troops.id })).toMatchObject({
      speaker: { id: sources.macron.id, name: "Emmanuel Macron" },
      cue: "as reported by La Dépêche du Midi and Le Parisien",
      primaryRecord: "NOT_AVAILABLE",
      version: 2,
    });
  });

  it("keeps a chain that does not reach the article yet as unfinished, and does not judge it indirect", async () => {
    hopIds.push(
      await addHop(troops, sources.macron.id, sources.journalists.id, {
        relation: "SAID_TO",
        firstHand: true,
        confidence: 0.9,
      }),
    );
    const claim = await editor.sourcing.claim({ id: troops.id });
    expect(claim.hops).toHaveLength(1);
    expect(claim.unfinishedHopIds).toEqual([hopIds[0]]);
    expect(claim.provenance.directness).not.toBe("indirect");
    expect(claim.provenance).toMatchObject({ directness: "unattributed", paths: [], independentPaths: 0 });
  });

  it("judges the chain once it reaches the article through the journalists and each outlet", async () => {
    hopIds.push(
      await addHop(troops, sources.journalists.id, sources.depeche.id, {
        relation: "REPORTED_BY",
        firstHand: true,
        confidence: 0.9,
      }),
    );
    hopIds.push(
      await addHop(troops, sources.journalists.id, sources.parisien.id, {
        relation: "REPORTED_BY",
        firstHand: true,
        confidence: 0.9,
      }),
    );
    expect((await editor.sourcing.claim({ id: troops.id })).unfinishedHopIds).toEqual(hopIds);

    hopIds.push(
      await addHop(troops, sources.depeche.id, null, {
        relation: "PARAPHRASED_BY",
        firstHand: false,
        confidence: 0.75,
        evidenceUrl: "https://www.ladepeche.fr/2025/03/15/macron.html",
      }),
    );
    const halfway = await editor.sourcing.claim({ id: troops.id });
    expect(halfway.unfinishedHopIds).toEqual([hopIds[2]]);
    expect(halfway.provenance).toMatchObject({ directness: "indirect", hopsToOrigin: 3, independentPaths: 1 });

    hopIds.push(
      await addHop(troops, sources.parisien.id, null, {
        relation: "PARAPHRASED_BY",
        firstHand: false,
        confidence: 0.75,
      }),
    );
    const claim = await editor.sourcing.claim({ id: troops.id });
    expect(claim.version).toBe(7);
    expect(claim.unfinishedHopIds).toEqual([]);
    expect(claim.provenance).toMatchObject({
      directness: "indirect",
      independentPaths: 1,
      hopsToOrigin: 3,
      primaryRecord: "not_available",
      origins: [sources.macron.id],
    });
    expect(claim.provenance.paths).toHaveLength(2);
    expect(claim.provenance.confidence).toBeCloseTo(0.9 * 0.9 * 0.75, 3);

    const page = await editor.sourcing.article({ slug: article.slug });
    expect(page.claims.map((one) => one.id)).toEqual([troops.id]);
    expect(page.sources.map((source) => source.name).sort()).toEqual(
      ["Emmanuel Macron", "journalists from regional French newspapers", "La Dépêche du Midi", "Le Parisien"].sort(),
    );
  });

  it("lists every change to the claim with who made it, newest first, with before and after of the update", async () => {
    const history = await editor.editing.claimHistory({ claimId: troops.id });
    expect(history.map((event) => event.action)).toEqual([
      "hop.add",
      "hop.add",
      "hop.add",
      "hop.add",
      "hop.add",
      "claim.update",
      "claim.create",
    ]);
    expect(history.every((event) => event.actor === "Dana Editor")).toBe(true);
    const times = history.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(history.slice(0, 5).map((event) => (event.after as { hopId: string }).hopId)).toEqual([...hopIds].reverse());

    const update = history[5]!;
    expect(update.before).toMatchObject({ speakerId: null, cue: null, primaryRecord: "UNKNOWN", version: 1 });
    expect(update.after).toMatchObject({
      speakerId: sources.macron.id,
      cue: "as reported by La Dépêche du Midi and Le Parisien",
      primaryRecord: "NOT_AVAILABLE",
      version: 2,
    });
    expect(history[6]!.after).toMatchObject({ exact: TROOPS, kind: "PARAPHRASE" });
  });

  it("previews what retracting Le Parisien would do before saving it, then retracts it", async () => {
    const start = article.body.indexOf(MOSCOW);
    const moscow = await editor.editing.createClaim({
      articleId: article.id,
      start,
      end: start + MOSCOW.length,
      exact: MOSCOW,
      kind: "PARAPHRASE",
      speakerId: sources.macron.id,
    });
    await addHop(moscow, sources.macron.id, sources.journalists.id, {
      relation: "SAID_TO",
      firstHand: true,
      confidence: 0.9,
    });
    await addHop(moscow, sources.journalists.id, sources.parisien.id, {
      relation: "REPORTED_BY",
      firstHand: true,
      confidence: 0.9,
    });
    await addHop(moscow, sources.parisien.id, null, { relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 });

    const preview = await editor.sources.impactPreview({ sourceId: sources.parisien.id, standing: "RETRACTED" });
    const effectOn = (claimId: string) => preview.find((impact) => impact.claimId === claimId)!;
    // La Dépêche still carries the one conversation at the same confidence: docs/PROVENANCE.md
    // ("retracting Le Parisien leaves it untouched"). What matters here: it keeps its support.
    expect(effectOn(troops.id)).toMatchObject({
      effect: "untouched",
      quote: TROOPS,
      article: { slug: article.slug, title: TITLE },
    });
    expect(effectOn(troops.id).after).toEqual(effectOn(troops.id).before);
    expect(effectOn(moscow.id)).toMatchObject({
      effect: "loses_all_support",
      before: { independentPaths: 1 },
      after: { independentPaths: 0, confidence: 0 },
    });
    const correction = await editor.sources.impactPreview({ sourceId: sources.journalists.id, standing: "CORRECTED" });
    expect(correction.find((impact) => impact.claimId === troops.id)).toMatchObject({ effect: "weakened" });

    // A preview saves nothing.
    const [parisienBefore] = await editor.sources.search({ workspaceId: workspace.id, query: "Le Parisien" });
    expect(parisienBefore).toMatchObject({ id: sources.parisien.id, standing: "ACTIVE", version: 1 });
    expect((await editor.sourcing.claim({ id: moscow.id })).provenance.independentPaths).toBe(1);

    expect(
      await editor.sources.setStanding({
        sourceId: sources.parisien.id,
        version: 1,
        standing: "RETRACTED",
        note: "Le Parisien withdrew its report",
      }),
    ).toEqual({ version: 2 });
    const [parisienAfter] = await editor.sources.search({ workspaceId: workspace.id, query: "Le Parisien" });
    expect(parisienAfter).toMatchObject({
      standing: "RETRACTED",
      standingNote: "Le Parisien withdrew its report",
      version: 2,
    });
    const moscowAfter = await editor.sourcing.claim({ id: moscow.id });
    expect(moscowAfter.provenance).toMatchObject({ independentPaths: 0, confidence: 0 });
    // The claim's own page reads its sources' standing and the note for readers with it.
    expect(moscowAfter.sources.find((source) => source.id === sources.parisien.id)).toMatchObject({
      standing: "RETRACTED",
      standingNote: "Le Parisien withdrew its report",
    });
    const troopsAfter = await editor.sourcing.claim({ id: troops.id });
    expect(troopsAfter.provenance).toMatchObject({ directness: "indirect", independentPaths: 1, hopsToOrigin: 3 });
    expect(troopsAfter.provenance.confidence).toBeCloseTo(0.9 * 0.9 * 0.75, 3);
  });

  it("finds the claim and the source for their members, and never shows a draft to anonymous readers", async () => {
    const claimHits = await editor.search.query({ query: "thousand troops" });
    expect(claimHits).toContainEqual(
      expect.objectContaining({ kind: "claim", id: troops.id, articleSlug: article.slug }),
    );
    const sourceHits = await editor.search.query({ query: "Parisien" });
    expect(sourceHits).toContainEqual(
      expect.objectContaining({ kind: "source", id: sources.parisien.id, title: "Le Parisien" }),
    );
    expect(await editor.search.query({ query: "support force", workspaceId: workspace.id })).toContainEqual(
      expect.objectContaining({ kind: "article", id: article.id }),
    );

    const draftIds = new Set([article.id, troops.id, ...Object.values(sources).map((source) => source.id)]);
    for (const query of ["thousand troops", "Parisien", "Macron details", "Dépêche", "support force"]) {
      const hits = await anonymous.search.query({ query });
      expect(hits.filter((hit) => draftIds.has(hit.id) || hit.articleSlug === article.slug)).toEqual([]);
      expect(await anonymous.search.query({ query, workspaceId: workspace.id })).toEqual([]);
    }
    // The published demo article is found by the same words: the search itself works for them.
    expect(await anonymous.search.query({ query: "thousand troops" })).toContainEqual(
      expect.objectContaining({ kind: "claim", articleSlug: "macron-coalition-of-the-willing" }),
    );
  });

  it("signs out: the session is gone and the cookie is cleared", async () => {
    expect(await readSession(database.db, token)).toEqual(dana);
    const context = createInnerContext({ db: database.db, session: dana, sessionToken: token });
    expect(await createCaller(context).auth.signOut()).toEqual({ ok: true });
    expect(await readSession(database.db, token)).toBeNull();
    expect(context.setCookies).toHaveLength(1);
    expect(context.setCookies[0]).toMatch(/^claimtrail_session=;/);
    expect(context.setCookies[0]).toMatch(/Max-Age=0/);

    const again = createInnerContext({ db: database.db });
    await createCaller(again).auth.signIn({ email: "dana@desk.example", password: PASSWORD });
    const newToken = sessionTokenFrom(again.setCookies)!;
    expect(newToken).not.toBe(token);
    expect(await readSession(database.db, newToken)).toEqual(dana);
  });
});
