// The publishing rule: on a published article, readers outside the workspace see only claims
// whose sourcing is published; members see every claim with its review state. Checked on every
// read path a reader has: the article, its sourcing, one claim, a source page, exports, search.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { buildReport } from "@/server/services/export/build-report";
import { streamWorkspaceClaims } from "@/server/services/export/stream-workspace-claims";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const MOSCOW = "approval from Moscow isn’t necessary for such deployment";
const links = { baseUrl: "https://claimtrail.example" };

describe.each(testEngines())("what readers outside the workspace see of a published article, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  /** The troops claim stays a draft; the Moscow claim is published. */
  let draftId: string;
  let published: { id: string; version: number };

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    const { editor } = fx.callers;
    await editor.editing.setArticleStatus({ articleId: fx.article.id, status: "PUBLISHED" });
    draftId = fx.claim.id;
    const start = fx.article.body.indexOf(MOSCOW);
    const moscow = await editor.editing.createClaim({
      articleId: fx.article.id,
      start,
      end: start + MOSCOW.length,
      exact: MOSCOW,
      kind: "PARAPHRASE",
      speakerId: fx.sources.macron.id,
    });
    const transition = await editor.review.transition({
      claimId: moscow.id,
      version: moscow.version,
      action: "publish",
    });
    published = { id: moscow.id, version: transition.version };
  });
  afterAll(() => database.close());

  const ids = (claims: ReadonlyArray<{ id: string }>) => claims.map((claim) => claim.id).sort();

  it("shows the article with its published claims only to anonymous readers and outsiders, and every claim to members", async () => {
    for (const who of ["anonymous", "outsider"] as const) {
      expect(ids((await fx.callers[who].articles.bySlug({ slug: fx.article.slug })).claims)).toEqual([published.id]);
      const sourcing = await fx.callers[who].sourcing.article({ slug: fx.article.slug });
      expect(sourcing.claims.map(({ id, reviewState }) => ({ id, reviewState }))).toEqual([
        { id: published.id, reviewState: "PUBLISHED" },
      ]);
    }
    for (const who of ["viewer", "editor", "owner"] as const) {
      expect(ids((await fx.callers[who].articles.bySlug({ slug: fx.article.slug })).claims)).toEqual(
        [draftId, published.id].sort(),
      );
      const sourcing = await fx.callers[who].sourcing.article({ id: fx.article.id });
      expect(Object.fromEntries(sourcing.claims.map((claim) => [claim.id, claim.reviewState]))).toEqual({
        [draftId]: "DRAFT",
        [published.id]: "PUBLISHED",
      });
    }
  });

  it("answers NOT_FOUND for an unpublished claim to readers outside the workspace, without its words", async () => {
    for (const who of ["anonymous", "outsider"] as const) {
      const error = await fx.callers[who].sourcing.claim({ id: draftId }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "NOT_FOUND", message: `no claim ${draftId}` });
      expect(await fx.callers[who].sourcing.claim({ id: published.id })).toMatchObject({
        id: published.id,
        reviewState: "PUBLISHED",
        article: { slug: fx.article.slug },
      });
    }
    expect(await fx.callers.viewer.sourcing.claim({ id: draftId })).toMatchObject({
      id: draftId,
      reviewState: "DRAFT",
    });
  });

  it("lists only published claims on a source page for readers outside the workspace", async () => {
    const macron = fx.sources.macron.id;
    expect((await fx.callers.anonymous.sourcing.source({ id: macron })).claims.map((claim) => claim.claimId)).toEqual([
      published.id,
    ]);
    expect((await fx.callers.outsider.sourcing.source({ id: macron })).claims.map((claim) => claim.claimId)).toEqual([
      published.id,
    ]);
    expect(
      (await fx.callers.viewer.sourcing.source({ id: macron })).claims.map((claim) => claim.claimId).sort(),
    ).toEqual([draftId, published.id].sort());
    // The journalists appear only in the draft's chain: outside the workspace their source does not exist.
    await expect(fx.callers.anonymous.sourcing.source({ id: fx.sources.journalists.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await fx.callers.viewer.sourcing.source({ id: fx.sources.journalists.id })).claims).toHaveLength(1);
  });

  it("exports only published claims for readers outside the workspace, by article, workspace, selection and stream", async () => {
    const member = { userId: fx.users.viewer.userId };
    const article = { kind: "article", article: fx.article.slug } as const;
    const workspace = { kind: "workspace", workspace: fx.workspace.slug } as const;
    expect(ids((await buildReport(fx.db, article, null, links)).claims)).toEqual([published.id]);
    expect(ids((await buildReport(fx.db, workspace, null, links)).claims)).toEqual([published.id]);
    expect(ids((await buildReport(fx.db, article, member, links)).claims)).toEqual([draftId, published.id].sort());
    await expect(
      buildReport(fx.db, { kind: "selection", claimIds: [draftId, published.id] }, null, links),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining(`no claim ${draftId}; it may have been deleted, not be published yet`),
    });
    expect(ids((await buildReport(fx.db, { kind: "selection", claimIds: [draftId] }, member, links)).claims)).toEqual([
      draftId,
    ]);

    const stream = await streamWorkspaceClaims(fx.db, fx.workspace.slug, null, links);
    const streamed: string[] = [];
    for await (const claim of stream.claims) streamed.push(claim.id);
    expect({ total: stream.total, streamed }).toEqual({ total: 1, streamed: [published.id] });
    expect((await streamWorkspaceClaims(fx.db, fx.workspace.slug, member, links)).total).toBe(2);
  });

  it("finds only published claims for readers outside the workspace", async () => {
    const claimHits = async (who: "anonymous" | "outsider" | "viewer", query: string) =>
      (await fx.callers[who].search.query({ query })).filter((hit) => hit.kind === "claim").map((hit) => hit.id);
    expect(await claimHits("anonymous", "thousand troops")).toEqual([]);
    expect(await claimHits("outsider", "thousand troops")).toEqual([]);
    expect(await claimHits("viewer", "thousand troops")).toEqual([draftId]);
    expect(await claimHits("anonymous", "approval from Moscow")).toEqual([published.id]);
  });

  it("hides a claim again from readers once it is unpublished", async () => {
    const unpublished = await fx.callers.editor.review.transition({
      claimId: published.id,
      version: published.version,
      action: "unpublish",
    });
    expect(unpublished.reviewState).toBe("DRAFT");
    expect((await fx.callers.anonymous.articles.bySlug({ slug: fx.article.slug })).claims).toEqual([]);
    await expect(fx.callers.anonymous.sourcing.claim({ id: published.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await fx.callers.anonymous.search.query({ query: "approval from Moscow" })).not.toContainEqual(
      expect.objectContaining({ kind: "claim" }),
    );
  });

  it("keeps the demo article's 15 claims, imported as published", async () => {
    await loadDemo(fx.db, repoRoot);
    const demo = await fx.callers.anonymous.sourcing.article({ slug: "macron-coalition-of-the-willing" });
    expect(demo.claims).toHaveLength(15);
    expect(demo.claims.every((claim) => claim.reviewState === "PUBLISHED")).toBe(true);
  });
});
