// The review workflow through the procedures: who may move a claim, the second editor's sign-off
// when the workspace asks for it, an audit record for every transition, CONFLICT on stale
// versions (one after the other on every engine, truly at once on PostgreSQL), clear 4xx for
// bad input with nothing stored, and the queue editors work from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import {
  type Caller,
  countRows,
  createEditingFixture,
  type EditingFixture,
  joinWorkspace,
  PASSWORD,
  postOverHttp,
} from "../support/editing-fixtures";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const pg = await createPostgresDatabase();

async function reviewRow(fx: EditingFixture, claimId: string) {
  return fx.db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { reviewState: true, reviewedById: true, version: true },
  });
}

/** A claim with one hop, both by `author`: the author is the last to have changed its sourcing. */
async function claimBy(fx: EditingFixture, author: Caller) {
  const claim = await author.editing.createClaim({
    articleId: fx.article.id,
    ...fx.troopsSpan(),
    kind: "PARAPHRASE",
    speakerId: fx.sources.macron.id,
  });
  const hop = await author.editing.addHop({
    claimId: claim.id,
    claimVersion: claim.version,
    fromSourceId: fx.sources.macron.id,
    toSourceId: null,
    relation: "SAID_TO",
    firstHand: true,
    confidence: 0.9,
  });
  return { id: claim.id, version: hop.claimVersion };
}

describe.each(testEngines())("the review workflow, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let editor: Caller;
  let owner: Caller;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    editor = fx.callers.editor;
    owner = fx.callers.owner;
  });
  afterAll(() => database.close());

  it("lets an editor submit, sign off and publish when the workspace does not ask for a second review", async () => {
    const claim = await claimBy(fx, editor);
    expect(await reviewRow(fx, claim.id)).toEqual({ reviewState: "DRAFT", reviewedById: null, version: claim.version });

    const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });
    expect(submitted).toEqual({ id: claim.id, version: claim.version + 1, reviewState: "IN_REVIEW", reviewedBy: null });
    const signed = await editor.review.transition({
      claimId: claim.id,
      version: submitted.version,
      action: "sign_off",
    });
    expect(signed).toEqual({
      id: claim.id,
      version: claim.version + 2,
      reviewState: "REVIEWED",
      reviewedBy: { id: fx.users.editor.userId, name: "Eddie Editor" },
    });
    const published = await editor.review.transition({ claimId: claim.id, version: signed.version, action: "publish" });
    expect(published).toMatchObject({ reviewState: "PUBLISHED", reviewedBy: { name: "Eddie Editor" } });
    expect((await editor.sourcing.claim({ id: claim.id })).reviewState).toBe("PUBLISHED");
  });

  it("lets an editor publish a draft directly, recording them as its reviewer, and unpublish it", async () => {
    const claim = await claimBy(fx, editor);
    const published = await owner.review.transition({ claimId: claim.id, version: claim.version, action: "publish" });
    expect(published).toMatchObject({
      reviewState: "PUBLISHED",
      reviewedBy: { id: fx.users.owner.userId, name: "Olivia Owner" },
    });
    const unpublished = await editor.review.transition({
      claimId: claim.id,
      version: published.version,
      action: "unpublish",
      note: "the outlet retracted its story",
    });
    expect(unpublished).toEqual({
      id: claim.id,
      version: published.version + 1,
      reviewState: "DRAFT",
      reviewedBy: null,
    });
  });

  it("audits every transition with who, from what, to what, and the note", async () => {
    const claim = await claimBy(fx, editor);
    let version = claim.version;
    const steps = [
      { who: editor, action: "submit" },
      { who: owner, action: "send_back", note: "name the outlet that reported it" },
      { who: editor, action: "submit" },
      { who: owner, action: "sign_off" },
      { who: editor, action: "publish" },
      { who: owner, action: "unpublish" },
    ] as const;
    for (const step of steps)
      version = (
        await step.who.review.transition({
          claimId: claim.id,
          version,
          action: step.action,
          note: "note" in step ? step.note : null,
        })
      ).version;

    const history = await fx.callers.viewer.editing.claimHistory({ claimId: claim.id });
    const reviews = history.filter((event) => event.action.startsWith("review.")).reverse();
    expect(reviews.map(({ action, actor }) => [action, actor])).toEqual([
      ["review.submit", "Eddie Editor"],
      ["review.send_back", "Olivia Owner"],
      ["review.submit", "Eddie Editor"],
      ["review.sign_off", "Olivia Owner"],
      ["review.publish", "Eddie Editor"],
      ["review.unpublish", "Olivia Owner"],
    ]);
    expect(reviews[1]).toMatchObject({
      before: { reviewState: "IN_REVIEW" },
      after: { reviewState: "DRAFT", note: "name the outlet that reported it", reviewedById: null },
    });
    expect(reviews[3]).toMatchObject({
      before: { reviewState: "IN_REVIEW", reviewedById: null },
      after: { reviewState: "REVIEWED", reviewedById: fx.users.owner.userId },
    });
    expect(reviews[4]).toMatchObject({ after: { reviewState: "PUBLISHED", reviewedById: fx.users.owner.userId } });
    const audited = await fx.db.auditEvent.count({
      where: {
        entityType: "claim",
        entityId: claim.id,
        action: { startsWith: "review." },
        workspaceId: fx.workspace.id,
      },
    });
    expect(audited).toBe(steps.length);
  });

  it("refuses viewers, outsiders and anonymous callers, and stores nothing", async () => {
    const claim = await claimBy(fx, editor);
    const before = await countRows(fx.db);
    const input = { claimId: claim.id, version: claim.version, action: "submit" } as const;
    await expect(fx.callers.viewer.review.transition(input)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "this needs the editor role; you are viewer",
    });
    await expect(fx.callers.outsider.review.transition(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "no such item in your workspaces; it may have been deleted",
    });
    await expect(fx.callers.anonymous.review.transition(input)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "sign in first",
    });
    await expect(fx.callers.outsider.review.queue({ workspaceId: fx.workspace.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await countRows(fx.db)).toEqual(before);
    expect(await reviewRow(fx, claim.id)).toMatchObject({ reviewState: "DRAFT", version: claim.version });
  });

  it("refuses a transition on a stale version with CONFLICT naming the newer one, and keeps the claim as it was", async () => {
    const claim = await claimBy(fx, editor);
    await editor.editing.updateClaim({ claimId: claim.id, version: claim.version, cue: "Macron told reporters" });
    const before = await countRows(fx.db);
    const error = await owner.review
      .transition({ claimId: claim.id, version: claim.version, action: "publish" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^someone else saved this claim \\(version ${claim.version + 1}, at .+\\) after you opened version ${claim.version}; reload it, then re-apply your change$`,
      ),
    );
    expect(await countRows(fx.db)).toEqual(before);
    expect(await reviewRow(fx, claim.id)).toEqual({
      reviewState: "DRAFT",
      reviewedById: null,
      version: claim.version + 1,
    });
  });

  it("answers bad input with a 400 that says what to do, and stores nothing", async () => {
    const claim = await claimBy(fx, editor);
    const before = await countRows(fx.db);
    const cases = [
      [
        { claimId: claim.id, version: claim.version, action: "send_back" },
        /note: say what needs to change: a note is required to send a claim back/,
      ],
      [
        { claimId: claim.id, version: claim.version, action: "approve" },
        /action is one of submit, sign_off, publish, send_back, unpublish/,
      ],
      [{ claimId: "42", version: claim.version, action: "submit" }, /claimId must be a UUID/],
      [{ claimId: claim.id, action: "submit" }, /send the version of the claim you read/],
      [
        { claimId: claim.id, version: claim.version, action: "sign_off" },
        /^only a claim in review can be signed off; submit it for review first \(it is draft\)$/,
      ],
      [{ claimId: claim.id, version: claim.version, action: "unpublish" }, /only a published claim can be unpublished/],
    ] as const;
    for (const [input, message] of cases) {
      const answer = await postOverHttp(fx, "editor", "review.transition", input);
      expect(answer).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringMatching(message) });
    }
    expect(await countRows(fx.db)).toEqual(before);
  });

  describe("when the workspace requires a second review", () => {
    it("lets only the owner turn it on, and every member read it", async () => {
      await expect(
        editor.review.updateSettings({ workspaceId: fx.workspace.id, requireSecondReview: true }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "this needs the owner role; you are editor",
      });
      expect(await fx.callers.viewer.review.settings({ workspaceId: fx.workspace.id })).toEqual({
        workspaceId: fx.workspace.id,
        requireSecondReview: false,
      });
      expect(await owner.review.updateSettings({ workspaceId: fx.workspace.id, requireSecondReview: true })).toEqual({
        workspaceId: fx.workspace.id,
        requireSecondReview: true,
      });
      expect(await fx.callers.viewer.review.settings({ workspaceId: fx.workspace.id })).toMatchObject({
        requireSecondReview: true,
      });
      const audit = await fx.db.auditEvent.findFirst({
        where: { action: "workspace.settings", entityId: fx.workspace.id },
        select: { actorId: true, before: true, after: true },
      });
      expect(audit).toEqual({
        actorId: fx.users.owner.userId,
        before: { requireSecondReview: false },
        after: { requireSecondReview: true },
      });
    });

    it("refuses the sign-off of the editor who last changed the sourcing, and takes a second editor's", async () => {
      const claim = await claimBy(fx, editor);
      const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });

      const before = await countRows(fx.db);
      await expect(
        editor.review.transition({ claimId: claim.id, version: submitted.version, action: "sign_off" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message:
          "you made the last change to this claim's sourcing, and this workspace requires a second editor's sign-off; ask another editor to sign it off",
      });
      expect(await countRows(fx.db)).toEqual(before);
      expect(await reviewRow(fx, claim.id)).toEqual({
        reviewState: "IN_REVIEW",
        reviewedById: null,
        version: submitted.version,
      });

      const signed = await owner.review.transition({
        claimId: claim.id,
        version: submitted.version,
        action: "sign_off",
      });
      expect(signed).toMatchObject({ reviewState: "REVIEWED", reviewedBy: { id: fx.users.owner.userId } });
      // Once a second editor signed off, the author may publish.
      const published = await editor.review.transition({
        claimId: claim.id,
        version: signed.version,
        action: "publish",
      });
      expect(published).toMatchObject({ reviewState: "PUBLISHED", reviewedBy: { id: fx.users.owner.userId } });
      expect(await reviewRow(fx, claim.id)).toEqual({
        reviewState: "PUBLISHED",
        reviewedById: fx.users.owner.userId,
        version: signed.version + 1,
      });
    });

    it("judges by the last change to the sourcing, not by who created the claim or who tagged it", async () => {
      const claim = await claimBy(fx, editor);
      const hop = await owner.editing.addHop({
        claimId: claim.id,
        claimVersion: claim.version,
        fromSourceId: fx.sources.macron.id,
        toSourceId: fx.sources.journalists.id,
        relation: "SAID_TO",
        firstHand: true,
        confidence: 0.8,
      });
      const submitted = await editor.review.transition({
        claimId: claim.id,
        version: hop.claimVersion,
        action: "submit",
      });
      const tag = await editor.review.addTerm({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG", label: "defence" });
      await editor.review.tagClaim({ claimId: claim.id, termId: tag.id });

      await expect(
        owner.review.transition({ claimId: claim.id, version: submitted.version, action: "sign_off" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await owner.review.claim({ claimId: claim.id })).toMatchObject({
        lastSourcingEditor: { id: fx.users.owner.userId, name: "Olivia Owner" },
        actions: [
          { action: "sign_off", allowed: false, reason: expect.stringContaining("ask another editor") },
          { action: "send_back", allowed: true },
        ],
      });
      expect(
        await editor.review.transition({ claimId: claim.id, version: submitted.version, action: "sign_off" }),
      ).toMatchObject({ reviewState: "REVIEWED" });
    });

    it("publishes nothing that was not signed off: not a draft, and not a claim changed after its sign-off", async () => {
      const draft = await claimBy(fx, editor);
      await expect(
        owner.review.transition({ claimId: draft.id, version: draft.version, action: "publish" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "this workspace requires a second editor's sign-off before publishing; submit the claim for review",
      });

      const claim = await claimBy(fx, editor);
      const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });
      const signed = await owner.review.transition({
        claimId: claim.id,
        version: submitted.version,
        action: "sign_off",
      });
      const changed = await editor.editing.updateClaim({
        claimId: claim.id,
        version: signed.version,
        cue: "as Macron put it",
      });
      // A change to signed-off sourcing sends the claim back to draft: it needs a new sign-off.
      expect((await reviewRow(fx, claim.id)).reviewState).toBe("DRAFT");
      const before = await countRows(fx.db);
      await expect(
        owner.review.transition({ claimId: claim.id, version: changed.version, action: "publish" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "this workspace requires a second editor's sign-off before publishing; submit the claim for review",
      });
      expect(await countRows(fx.db)).toEqual(before);

      const resubmitted = await editor.review.transition({
        claimId: claim.id,
        version: changed.version,
        action: "submit",
      });
      expect(resubmitted).toMatchObject({ reviewState: "IN_REVIEW", reviewedBy: null });
    });

    it("sends a published claim back to draft when its sourcing changes, so readers never see unreviewed sourcing", async () => {
      const claim = await claimBy(fx, editor);
      const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });
      const signed = await owner.review.transition({
        claimId: claim.id,
        version: submitted.version,
        action: "sign_off",
      });
      const published = await editor.review.transition({
        claimId: claim.id,
        version: signed.version,
        action: "publish",
      });
      expect(published.reviewState).toBe("PUBLISHED");
      await editor.editing.addHop({
        claimId: claim.id,
        claimVersion: published.version,
        fromSourceId: fx.sources.macron.id,
        toSourceId: null,
        relation: "SAID_TO",
        confidence: 0.5,
      });
      expect(await reviewRow(fx, claim.id)).toMatchObject({ reviewState: "DRAFT", reviewedById: null });
    });

    it("sends a published claim back to draft when a merge changes a source of its chain", async () => {
      const claim = await claimBy(fx, editor);
      const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });
      const signed = await owner.review.transition({
        claimId: claim.id,
        version: submitted.version,
        action: "sign_off",
      });
      await editor.review.transition({ claimId: claim.id, version: signed.version, action: "publish" });
      const duplicate = await editor.sources.findOrCreate({
        workspaceId: fx.workspace.id,
        name: "E. Macron",
        type: "PERSON",
      });
      await editor.sourceRecords.merge({ sourceId: duplicate.source.id, duplicateId: fx.sources.macron.id });
      expect((await reviewRow(fx, claim.id)).reviewState).toBe("DRAFT");
      await editor.sourceRecords.unmerge({ sourceId: fx.sources.macron.id });
    });

    it("lists the queue with article, submitter and time, and what each member may do", async () => {
      const claim = await claimBy(fx, editor);
      const submitted = await editor.review.transition({ claimId: claim.id, version: claim.version, action: "submit" });
      const other = await claimBy(fx, editor);
      const otherSubmitted = await editor.review.transition({
        claimId: other.id,
        version: other.version,
        action: "submit",
      });
      const signed = await owner.review.transition({
        claimId: other.id,
        version: otherSubmitted.version,
        action: "sign_off",
      });

      const queue = await owner.review.queue({ workspaceId: fx.workspace.id });
      expect(queue.requireSecondReview).toBe(true);
      const waiting = queue.inReview.find((item) => item.claimId === claim.id);
      expect(waiting).toEqual({
        claimId: claim.id,
        quote: fx.troopsSpan().exact,
        kind: "PARAPHRASE",
        stance: "ASSERTS",
        speakerName: fx.sources.macron.name,
        version: submitted.version,
        reviewState: "IN_REVIEW",
        article: { id: fx.article.id, slug: fx.article.slug, title: fx.article.title, status: "DRAFT" },
        submittedBy: { id: fx.users.editor.userId, name: "Eddie Editor" },
        submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reviewedBy: null,
        lastSourcingEditor: { id: fx.users.editor.userId, name: "Eddie Editor" },
        sentBack: null,
        nextStep: "Next: an editor other than Eddie Editor signs it off",
        updatedAt: expect.any(String),
        tags: [],
        actions: [
          { action: "sign_off", allowed: true, reason: null },
          { action: "send_back", allowed: true, reason: null },
        ],
      });
      expect(queue.reviewed.find((item) => item.claimId === other.id)).toMatchObject({
        version: signed.version,
        reviewedBy: { name: "Olivia Owner" },
        actions: [
          { action: "publish", allowed: true },
          { action: "send_back", allowed: true },
        ],
      });
      expect(
        queue.inReview.every((item) => item.reviewState === "IN_REVIEW") &&
          queue.reviewed.every((item) => item.reviewState === "REVIEWED"),
      ).toBe(true);
      expect(queue.drafts.every((item) => item.reviewState === "DRAFT" && item.submittedBy === null)).toBe(true);

      const asEditor = await editor.review.queue({ workspaceId: fx.workspace.id });
      expect(asEditor.inReview.find((item) => item.claimId === claim.id)?.actions[0]).toMatchObject({
        action: "sign_off",
        allowed: false,
      });
      const asViewer = await fx.callers.viewer.review.queue({ workspaceId: fx.workspace.id });
      expect(asViewer.inReview.flatMap((item) => item.actions).every((action) => !action.allowed)).toBe(true);
    });
  });
});

describe("two editors moving the same claim at the same moment, through two connections to one PostgreSQL", () => {
  let first: Database;
  let second: Database;
  let fx: EditingFixture;
  let erin: Caller;
  beforeAll(async () => {
    if (!pg) return;
    first = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot });
    second = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot, migrate: false });
    fx = await createEditingFixture(first.db);
    const account = await signUpConfirmed(fx.callers.anonymous.auth, {
      email: "erin@newsroom.example",
      name: "Erin Second",
      password: PASSWORD,
    });
    erin = createCaller(
      createInnerContext({ db: second.db, session: { userId: account.id, email: account.email, name: account.name } }),
    );
    await joinWorkspace(fx.callers.owner, erin, { workspaceId: fx.workspace.id, email: account.email, role: "EDITOR" });
  });
  afterAll(async () => {
    if (!pg) return;
    await first?.close();
    await second?.close();
    await pg.drop();
  });

  it.skipIf(!pg)("lets exactly one of two simultaneous transitions of the same version win, 10 rounds", async () => {
    for (let round = 0; round < 10; round++) {
      const claim = await fx.freshClaim();
      const submitted = await fx.callers.editor.review.transition({
        claimId: claim.id,
        version: claim.version,
        action: "submit",
      });
      const settled = await Promise.allSettled([
        fx.callers.owner.review.transition({ claimId: claim.id, version: submitted.version, action: "sign_off" }),
        erin.review.transition({ claimId: claim.id, version: submitted.version, action: "send_back", note: "not yet" }),
      ]);
      const outcomes = settled.map((s) => (s.status === "fulfilled" ? "won" : (s.reason as { code?: string }).code));
      expect([...outcomes].sort()).toEqual(["CONFLICT", "won"]);
      const row = await fx.db.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { reviewState: true, version: true },
      });
      expect(row).toEqual({
        reviewState: outcomes[0] === "won" ? "REVIEWED" : "DRAFT",
        version: submitted.version + 1,
      });
      expect(
        await fx.db.auditEvent.count({
          where: { entityId: claim.id, action: { in: ["review.sign_off", "review.send_back"] } },
        }),
      ).toBe(1);
    }
  });
});
