// A draft does not exist for anonymous readers: the procedures behind the article, claim and
// source pages answer NOT_FOUND (so the pages show a 404), while members still read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createRelayArticle, createWorkspace } from "../support/factories";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("draft articles and public readers on $name", (engine) => {
  let database: Database;
  let anonymous: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await engine.open();
    anonymous = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  it("answers NOT_FOUND for a draft's article, sourcing, claims and sources to an anonymous reader", async () => {
    const workspace = await createWorkspace(database.db, `reader-drafts-${engine.name}`);
    const draft = await createRelayArticle(database.db, workspace.id, {
      title: "Embargoed story",
      claimCount: 2,
      outletsPerClaim: 2,
      status: "DRAFT",
    });
    const claims = await database.db.claim.findMany({
      where: { article: { slug: draft.slug } },
      select: { id: true, speakerId: true },
    });
    expect(claims).toHaveLength(2);

    await expect(anonymous.articles.bySlug({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.sourcing.article({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.sourcing.claim({ id: claims[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.sourcing.source({ id: claims[0]!.speakerId! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const message = await anonymous.sourcing.article({ slug: draft.slug }).catch((error: Error) => error.message);
    expect(message).not.toContain("Embargoed story");
    expect((await anonymous.articles.list()).items.map((article) => article.slug)).not.toContain(draft.slug);
  });

  it("lets a member of the newsroom read the same draft", async () => {
    const workspace = await createWorkspace(database.db, `reader-members-${engine.name}`);
    const draft = await createRelayArticle(database.db, workspace.id, {
      title: "Members only",
      claimCount: 1,
      outletsPerClaim: 1,
      status: "DRAFT",
    });
    const user = await database.db.user.create({
      data: { email: `editor-${engine.name}@example.org`, name: "Editor" },
      select: { id: true, email: true, name: true },
    });
    await database.db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "EDITOR" } });
    const member = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    const sourcing = await member.sourcing.article({ slug: draft.slug });
    expect(sourcing.article.status).toBe("DRAFT");
    expect(sourcing.claims).toHaveLength(1);
  });

  it("answers NOT_FOUND for a published article's claim once its article is unpublished", async () => {
    const workspace = await createWorkspace(database.db, `reader-unpublish-${engine.name}`);
    const article = await createRelayArticle(database.db, workspace.id, {
      title: "Pulled",
      claimCount: 1,
      outletsPerClaim: 1,
    });
    const [claim] = await database.db.claim.findMany({
      where: { article: { slug: article.slug } },
      select: { id: true },
    });
    await expect(anonymous.sourcing.claim({ id: claim!.id })).resolves.toMatchObject({ id: claim!.id });
    await database.db.article.update({ where: { slug: article.slug }, data: { status: "DRAFT" } });
    await expect(anonymous.sourcing.claim({ id: claim!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
