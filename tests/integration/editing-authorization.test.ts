// Who may call what: every procedure of the app, for every kind of caller, in one table. The
// table is typed by the router, so a procedure missing from it fails the type-check, and the
// last test fails the run as well.
import { type inferRouterInputs, TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { env } from "@/server/env";
import { createInnerContext } from "@/server/trpc/context";
import { type AppRouter, appRouter, createCaller } from "@/server/trpc/root";
import { confirmationTokensTo, signUpConfirmed } from "../support/confirm-sign-up";
import {
  CALLERS,
  type Caller,
  countRows,
  createEditingFixture,
  type EditingFixture,
  joinWorkspace,
  PASSWORD,
  type Who,
} from "../support/editing-fixtures";
import { openInvitationToken } from "../support/invitation-links";
import { testEngines } from "../support/test-databases";

type Inputs = inferRouterInputs<AppRouter>;
type ProcedurePath = { [R in keyof Inputs & string]: `${R}.${keyof Inputs[R] & string}` }[keyof Inputs & string];
type InputOf<P extends ProcedurePath> = P extends `${infer R extends keyof Inputs & string}.${infer N}`
  ? N extends keyof Inputs[R]
    ? Inputs[R][N]
    : never
  : never;

type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
/** Outcomes in the order of CALLERS: anonymous, viewer, editor, owner, outsider. */
type Outcomes = [Outcome, Outcome, Outcome, Outcome, Outcome];
type Row<P extends ProcedurePath> = {
  /** A valid input; called once per caller, so rows that use something up make it fresh. */
  input: (fx: EditingFixture, who: Who) => InputOf<P> | Promise<InputOf<P>>;
  expect: Outcomes;
};

const ok = "ok";
const UNAUTHORIZED = "UNAUTHORIZED";
const FORBIDDEN = "FORBIDDEN";
const NOT_FOUND = "NOT_FOUND";

// Everything acts on the first workspace ("Europe Desk"), whose only article is a draft.
// expect: [anonymous, viewer, editor, owner, outsider]
const MATRIX: { [P in ProcedurePath]: Row<P> } = {
  "auth.signUp": {
    expect: [ok, ok, ok, ok, ok],
    input: (_fx, who) => ({ email: `second-${who}@newsroom.example`, name: `Second ${who}`, password: PASSWORD }),
  },
  "auth.confirmationPending": { expect: [ok, ok, ok, ok, ok], input: () => ({ token: "A".repeat(43) }) },
  // A fresh account waiting for confirmation each time: a link works once.
  "auth.confirmEmail": {
    expect: [ok, ok, ok, ok, ok],
    input: async (fx, who) => {
      const email = `confirming-${who}@newsroom.example`;
      await fx.callers.anonymous.auth.signUp({ email, name: `Confirming ${who}`, password: PASSWORD });
      return { token: confirmationTokensTo(email)[0]!, password: PASSWORD };
    },
  },
  "auth.resendConfirmation": {
    expect: [ok, ok, ok, ok, ok],
    input: (_fx, who) => ({ email: `resend-${who}@newsroom.example` }),
  },
  "auth.signIn": {
    expect: [ok, ok, ok, ok, ok],
    input: (fx) => ({ email: fx.users.viewer.email, password: PASSWORD }),
  },
  "auth.signOut": { expect: [UNAUTHORIZED, ok, ok, ok, ok], input: () => undefined },
  "auth.signOutEverywhere": { expect: [UNAUTHORIZED, ok, ok, ok, ok], input: () => undefined },
  "auth.createApiToken": { expect: [UNAUTHORIZED, ok, ok, ok, ok], input: () => undefined },
  "auth.apiTokens": { expect: [UNAUTHORIZED, ok, ok, ok, ok], input: () => undefined },
  // A fresh token of the owner's each time: only its owner may revoke it.
  "auth.revokeApiToken": {
    expect: [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, ok, NOT_FOUND],
    input: async (fx) => ({ tokenId: (await fx.callers.owner.auth.createApiToken({ name: "Matrix" })).id }),
  },
  "auth.me": { expect: [ok, ok, ok, ok, ok], input: () => undefined },

  "workspaces.create": {
    expect: [UNAUTHORIZED, ok, ok, ok, ok],
    input: (_fx, who) => ({ name: `Desk of ${who}`, slug: `desk-of-${who}` }),
  },
  "workspaces.mine": { expect: [UNAUTHORIZED, ok, ok, ok, ok], input: () => undefined },
  "workspaces.bySlug": { expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND], input: (fx) => ({ slug: fx.workspace.slug }) },
  "workspaces.team": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id }),
  },
  "workspaces.invite": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, ok, NOT_FOUND],
    input: (fx, who) => ({ workspaceId: fx.workspace.id, email: `invited-by-${who}@newsroom.example`, role: "EDITOR" }),
  },
  "workspaces.withdrawInvitation": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, ok, NOT_FOUND],
    input: async (fx, who) => {
      const invitation = await fx.callers.owner.workspaces.invite({
        workspaceId: fx.workspace.id,
        email: `withdrawn-${who}@newsroom.example`,
        role: "VIEWER",
      });
      return { invitationId: invitation.id };
    },
  },
  // Reading a link is open to anyone holding it (a random one here: "gone" for everyone).
  "workspaces.invitationLink": { expect: [ok, ok, ok, ok, ok], input: () => ({ token: "A".repeat(43) }) },
  // Only the invited address may answer, through its link: here the outsider's, who declines (and
  // stays outside); members holding the outsider's link are refused.
  "workspaces.answerInvitation": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ok],
    input: async (fx) => {
      await fx.callers.owner.workspaces.invite({
        workspaceId: fx.workspace.id,
        email: fx.users.outsider.email,
        role: "VIEWER",
      });
      const token = await openInvitationToken(fx.callers.outsider, fx.users.outsider.email, env().outboxDir);
      return { token, accept: false };
    },
  },
  "workspaces.setRole": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id, userId: fx.users.viewer.userId, role: "VIEWER" }),
  },
  "workspaces.removeMember": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, ok, NOT_FOUND],
    input: async (fx, who) => {
      const member = await newMember(fx, `removable-${who}`);
      return { workspaceId: fx.workspace.id, userId: member.userId };
    },
  },
  // Each member leaves a workspace of its own joining (leaving the fixture's would change the
  // rows after this one); the owner's has another owner, as the last one cannot leave.
  "workspaces.leave": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      if (who === "anonymous" || who === "outsider") return { workspaceId: fx.workspace.id };
      const founder = who === "owner" ? fx.callers.editor : fx.callers.owner;
      const desk = await founder.workspaces.create({ name: `Left by ${who}`, slug: `left-by-${who}` });
      await joinWorkspace(founder, fx.callers[who], {
        workspaceId: desk.id,
        email: fx.users[who].email,
        role: who === "owner" ? "OWNER" : who === "editor" ? "EDITOR" : "VIEWER",
      });
      return { workspaceId: desk.id };
    },
  },

  "articles.list": { expect: [ok, ok, ok, ok, ok], input: () => undefined },
  "articles.bySlug": { expect: [NOT_FOUND, ok, ok, ok, NOT_FOUND], input: (fx) => ({ slug: fx.article.slug }) },
  "articles.corrections": { expect: [NOT_FOUND, ok, ok, ok, NOT_FOUND], input: (fx) => ({ slug: fx.article.slug }) },
  "sourcing.article": { expect: [NOT_FOUND, ok, ok, ok, NOT_FOUND], input: (fx) => ({ slug: fx.article.slug }) },
  "sourcing.claim": { expect: [NOT_FOUND, ok, ok, ok, NOT_FOUND], input: (fx) => ({ id: fx.claim.id }) },
  "sourcing.source": { expect: [NOT_FOUND, ok, ok, ok, NOT_FOUND], input: (fx) => ({ id: fx.sources.macron.id }) },

  "editing.createArticle": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx, who) => ({
      workspaceId: fx.workspace.id,
      title: `A draft by the ${who}`,
      content: "Ministers met on Monday.",
    }),
  },
  "editing.setArticleStatus": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx) => ({ articleId: fx.article.id, status: "DRAFT" }),
  },
  "editing.createClaim": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx) => ({ articleId: fx.article.id, ...fx.troopsSpan(), kind: "PARAPHRASE" }),
  },
  "editing.updateClaim": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => ({
      claimId: fx.claim.id,
      version: await fx.claimVersion(fx.claim.id),
      note: `checked by the ${who}`,
    }),
  },
  "editing.deleteClaim": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      return { claimId: claim.id, version: claim.version };
    },
  },
  "editing.addHop": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      return {
        claimId: claim.id,
        claimVersion: claim.version,
        fromSourceId: fx.sources.macron.id,
        toSourceId: fx.sources.journalists.id,
        relation: "SAID_TO",
        firstHand: true,
        confidence: 0.9,
      };
    },
  },
  "editing.removeHop": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const hop = await fx.freshHop();
      return { hopId: hop.id, claimVersion: hop.claimVersion };
    },
  },
  "editing.addHops": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      const hop = { relation: "SAID_TO" as const, firstHand: true, confidence: 0.9 };
      return {
        claimId: claim.id,
        claimVersion: claim.version,
        hops: [
          { fromSourceId: fx.sources.macron.id, toSourceId: fx.sources.journalists.id, ...hop },
          { fromSourceId: fx.sources.journalists.id, toSourceId: null, ...hop },
        ],
      };
    },
  },
  "editing.updateHop": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const hop = await fx.freshHop();
      return { hopId: hop.id, claimVersion: hop.claimVersion, confidence: 0.5 };
    },
  },
  "editing.undoDelete": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      const { eventId } = await fx.callers.owner.editing.deleteClaim({ claimId: claim.id, version: claim.version });
      return { eventId };
    },
  },
  "editing.suggestClaims": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ articleId: fx.article.id }),
  },
  "editing.acceptSuggestion": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const [suggestion] = await fx.callers.editor.editing.suggestClaims({ articleId: fx.article.id });
      if (!suggestion) throw new Error("the extractor suggests nothing for the seed article");
      const draft = proposeClaimDraft(suggestion);
      return { articleId: fx.article.id, draft, shownHops: listDraftHops(draft) };
    },
  },
  "editing.reviseArticle": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const draft = await fx.callers.editor.editing.createArticle({
        workspaceId: fx.workspace.id,
        title: `To revise, by the ${who}`,
        content: "Ministers met on Monday.",
      });
      return { articleId: draft.id, content: "Ministers met on Tuesday.", note: "the day was wrong" };
    },
  },
  "editing.resolveAnchor": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      return { claimId: claim.id, version: claim.version, span: fx.troopsSpan() };
    },
  },
  "editing.articleVersions": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ articleId: fx.article.id }),
  },
  "editing.claimHistory": { expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND], input: (fx) => ({ claimId: fx.claim.id }) },

  "sources.search": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id, query: "le" }),
  },
  "sources.findOrCreate": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "Agence France-Presse", type: "OUTLET" }),
  },
  "sources.impactPreview": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ sourceId: fx.sources.parisien.id, standing: "RETRACTED" }),
  },
  "sources.setStanding": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => ({
      sourceId: fx.sources.depeche.id,
      version: await fx.sourceVersion(fx.sources.depeche.id),
      standing: "ACTIVE",
    }),
  },

  "search.query": { expect: [ok, ok, ok, ok, ok], input: () => ({ query: "thousand troops" }) },

  "sourceRecords.list": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id }),
  },
  "sourceRecords.get": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ sourceId: fx.sources.depeche.id }),
  },
  "sourceRecords.snapshots": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ sourceId: fx.sources.depeche.id }),
  },
  "sourceRecords.uses": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ sourceId: fx.sources.depeche.id }),
  },
  "sourceRecords.rename": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const { source } = await fx.callers.editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: `Wire of the ${who}`,
        type: "OUTLET",
      });
      return { sourceId: source.id, version: source.version, name: `Wire service of the ${who}` };
    },
  },
  "sourceRecords.addAlias": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx, who) => ({ sourceId: fx.sources.parisien.id, name: `Parisien of the ${who}` }),
  },
  "sourceRecords.removeAlias": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const alias = await fx.callers.editor.sourceRecords.addAlias({
        sourceId: fx.sources.parisien.id,
        name: `Old name of the ${who}`,
      });
      return { sourceId: fx.sources.parisien.id, aliasId: alias.id };
    },
  },
  "sourceRecords.setDetails": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => ({
      sourceId: fx.sources.depeche.id,
      version: await fx.sourceVersion(fx.sources.depeche.id),
      language: "fr",
      country: "FR",
    }),
  },
  "sourceRecords.addAssessment": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx, who) => ({ sourceId: fx.sources.depeche.id, rating: "ESTABLISHED", reason: `checked by the ${who}` }),
  },
  "sourceRecords.addLink": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const { source } = await fx.callers.editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: `Spokesperson of the ${who}`,
        type: "PERSON",
      });
      return { sourceId: fx.sources.macron.id, otherSourceId: source.id, kind: "SPEAKS_FOR", direction: "incoming" };
    },
  },
  "sourceRecords.removeLink": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const { source } = await fx.callers.editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: `Adviser of the ${who}`,
        type: "PERSON",
      });
      const link = await fx.callers.editor.sourceRecords.addLink({
        sourceId: fx.sources.macron.id,
        otherSourceId: source.id,
        kind: "MEMBER_OF",
      });
      return { sourceId: fx.sources.macron.id, linkId: link.id };
    },
  },
  "sourceRecords.merge": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const { source } = await fx.callers.editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: `Le Parisien, copy of the ${who}`,
        type: "OUTLET",
      });
      return { sourceId: fx.sources.parisien.id, duplicateId: source.id };
    },
  },
  "sourceRecords.unmerge": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const { source } = await fx.callers.editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: `Le Parisien, merged by the ${who}`,
        type: "OUTLET",
      });
      await fx.callers.editor.sourceRecords.merge({ sourceId: fx.sources.parisien.id, duplicateId: source.id });
      return { sourceId: source.id };
    },
  },
  "sourceRecords.addSnapshot": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx, who) => ({
      sourceId: fx.sources.depeche.id,
      content: `<p>captured for the ${who}</p>`,
      contentType: "text/html",
    }),
  },

  "review.transition": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx) => {
      const claim = await fx.freshClaim();
      return { claimId: claim.id, version: claim.version, action: "submit" };
    },
  },
  "review.claim": { expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND], input: (fx) => ({ claimId: fx.claim.id }) },
  "review.queue": { expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND], input: (fx) => ({ workspaceId: fx.workspace.id }) },
  "review.settings": {
    expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id }),
  },
  "review.updateSettings": {
    expect: [UNAUTHORIZED, FORBIDDEN, FORBIDDEN, ok, NOT_FOUND],
    input: (fx) => ({ workspaceId: fx.workspace.id, requireSecondReview: false }),
  },
  "review.terms": { expect: [UNAUTHORIZED, ok, ok, ok, NOT_FOUND], input: (fx) => ({ workspaceId: fx.workspace.id }) },
  "review.addTerm": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: (fx, who) => ({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG", label: `added by the ${who}` }),
  },
  "review.removeTerm": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const term = await fx.callers.editor.review.addTerm({
        workspaceId: fx.workspace.id,
        kind: "CLAIM_TAG",
        label: `removed by the ${who}`,
      });
      return { workspaceId: fx.workspace.id, termId: term.id };
    },
  },
  "review.tagClaim": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const term = await fx.callers.editor.review.addTerm({
        workspaceId: fx.workspace.id,
        kind: "CLAIM_TAG",
        label: `tagged by the ${who}`,
      });
      return { claimId: fx.claim.id, termId: term.id };
    },
  },
  "review.untagClaim": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const term = await fx.callers.editor.review.addTerm({
        workspaceId: fx.workspace.id,
        kind: "CLAIM_TAG",
        label: `untagged by the ${who}`,
      });
      await fx.callers.editor.review.tagClaim({ claimId: fx.claim.id, termId: term.id });
      return { claimId: fx.claim.id, termId: term.id };
    },
  },
  "review.setHopRelationTerm": {
    expect: [UNAUTHORIZED, FORBIDDEN, ok, ok, NOT_FOUND],
    input: async (fx, who) => {
      const hop = await fx.freshHop();
      const term = await fx.callers.editor.review.addTerm({
        workspaceId: fx.workspace.id,
        kind: "RELATION",
        label: `told the ${who}`,
        baseRelation: "SAID_TO",
      });
      return { hopId: hop.id, claimVersion: hop.claimVersion, termId: term.id };
    },
  },
};

/** A new account that has joined the fixture's workspace as an editor. */
async function newMember(fx: EditingFixture, name: string) {
  const email = `${name}@newsroom.example`;
  const me = await signUpConfirmed(fx.callers.anonymous.auth, { email, name, password: PASSWORD });
  const caller = createCaller(createInnerContext({ db: fx.db, session: { userId: me.id, email, name: me.name } }));
  await joinWorkspace(fx.callers.owner, caller, { workspaceId: fx.workspace.id, email, role: "EDITOR" });
  return { userId: me.id };
}

function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  const [routerName, procedureName] = path.split(".") as [string, string];
  const routers: Record<string, unknown> = caller;
  const procedure = (routers[routerName] as Record<string, unknown> | undefined)?.[procedureName];
  if (typeof procedure !== "function") throw new Error(`the caller has no procedure ${path}`);
  return procedure as (input: unknown) => Promise<unknown>;
}

describe.each(testEngines())("who may call what, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  it("answers every procedure, for every caller, as the table says, and stores nothing when it refuses", async () => {
    const expected: Record<string, Record<Who, Outcome>> = {};
    const actual: Record<string, Record<Who, Outcome>> = {};
    const storedWhenRefused: string[] = [];
    for (const [path, row] of Object.entries(MATRIX) as Array<[ProcedurePath, Row<ProcedurePath>]>) {
      expected[path] = Object.fromEntries(CALLERS.map((who, i) => [who, row.expect[i]!])) as Record<Who, Outcome>;
      actual[path] = {} as Record<Who, Outcome>;
      for (const who of CALLERS) {
        const input = await row.input(fx, who);
        const before = await countRows(fx.db);
        const outcome = await procedureAt(
          fx.caller(who),
          path,
        )(input).then(
          (): Outcome => ok,
          (error: unknown): Outcome => {
            if (error instanceof TRPCError && [UNAUTHORIZED, FORBIDDEN, NOT_FOUND].includes(error.code))
              return error.code as Outcome;
            throw new Error(`${path} as ${who} failed unexpectedly: ${String(error)}`, { cause: error });
          },
        );
        actual[path][who] = outcome;
        if (outcome !== ok && JSON.stringify(await countRows(fx.db)) !== JSON.stringify(before))
          storedWhenRefused.push(`${path} as ${who}`);
      }
    }
    expect(actual).toEqual(expected);
    expect(storedWhenRefused).toEqual([]);
    // Every procedure five times over, with a row count around each refusal.
  }, 240_000);

  it("lets the viewer read the draft and hides it from the outsider and from anonymous readers without leaking its title", async () => {
    const draft = await fx.callers.viewer.articles.bySlug({ slug: fx.article.slug });
    expect(draft).toMatchObject({ status: "DRAFT", title: fx.article.title });
    expect((await fx.callers.viewer.sourcing.article({ id: fx.article.id })).claims.length).toBeGreaterThan(0);
    expect(
      (await fx.callers.viewer.workspaces.bySlug({ slug: fx.workspace.slug })).articles.map((article) => article.slug),
    ).toContain(fx.article.slug);

    for (const who of ["outsider", "anonymous"] as const) {
      for (const read of [
        () => fx.callers[who].articles.bySlug({ slug: fx.article.slug }),
        () => fx.callers[who].sourcing.article({ id: fx.article.id }),
      ]) {
        const error = await read().catch((e: unknown) => e);
        expect(error).toMatchObject({ code: NOT_FOUND });
        expect((error as Error).message).not.toContain(fx.article.title);
      }
      expect((await fx.callers[who].articles.list()).items.map((article) => article.slug)).not.toContain(
        fx.article.slug,
      );
    }
  });

  it("tells a member without the role which role is needed", async () => {
    await expect(
      fx.callers.viewer.editing.createClaim({ articleId: fx.article.id, ...fx.troopsSpan(), kind: "PARAPHRASE" }),
    ).rejects.toMatchObject({
      code: FORBIDDEN,
      message: "this needs the editor role; you are viewer",
    });
    await expect(
      fx.callers.editor.workspaces.invite({
        workspaceId: fx.workspace.id,
        email: fx.users.outsider.email,
        role: "VIEWER",
      }),
    ).rejects.toMatchObject({
      code: FORBIDDEN,
      message: "this needs the owner role; you are editor",
    });
    await expect(fx.callers.outsider.sources.search({ workspaceId: fx.workspace.id, query: "" })).rejects.toMatchObject(
      {
        code: NOT_FOUND,
        message: "no such item in your workspaces; it may have been deleted",
      },
    );
    await expect(fx.callers.anonymous.workspaces.mine()).rejects.toMatchObject({
      code: UNAUTHORIZED,
      message: "sign in first",
    });
  });

  it("keeps the owner of the first workspace out of the outsider's", async () => {
    await expect(
      fx.callers.owner.sources.search({ workspaceId: fx.otherWorkspace.id, query: "" }),
    ).rejects.toMatchObject({ code: NOT_FOUND });
    await expect(
      fx.callers.owner.sources.setStanding({
        sourceId: fx.otherSource.id,
        version: fx.otherSource.version,
        standing: "RETRACTED",
      }),
    ).rejects.toMatchObject({
      code: NOT_FOUND,
    });
    await expect(fx.callers.owner.workspaces.bySlug({ slug: fx.otherWorkspace.slug })).rejects.toMatchObject({
      code: NOT_FOUND,
    });
    expect((await fx.callers.owner.workspaces.mine()).map((workspace) => workspace.slug)).not.toContain(
      fx.otherWorkspace.slug,
    );
  });
});

describe("the authorization table", () => {
  it("lists every procedure of the app router, and nothing else", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });
});
