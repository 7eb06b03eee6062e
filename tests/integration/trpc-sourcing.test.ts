import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { appRouter, createCaller } from "@/server/trpc/root";
import { createQueryCounter } from "../support/count-queries";
import { createRelayArticle, createWorkspace } from "../support/factories";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const TROOPS = "participating nations potentially sending several thousand troops";

describe.each(testEngines())("articles and sourcing procedures on $name", (engine) => {
  let database: Database;
  const { counter, wrapAdapter } = createQueryCounter();
  let caller: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    await loadDemo(database.db, repoRoot);
    caller = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  it("lists the published seed article and serves its 15 claims", async () => {
    const list = await caller.articles.list();
    expect(list).toMatchObject({
      items: [{ slug: "macron-coalition-of-the-willing", claimCount: 15, status: "PUBLISHED" }],
      nextCursor: null,
    });
    const article = await caller.articles.bySlug({ slug: "macron-coalition-of-the-willing" });
    expect(article.claims).toHaveLength(15);
    expect(article.claims.every((claim) => article.body.slice(claim.start, claim.end) === claim.quote)).toBe(true);
  });

  it("derives the troops claim: indirect, three hops, one independent path, no primary record", async () => {
    const sourcing = await caller.sourcing.article({ slug: "macron-coalition-of-the-willing" });
    const troops = sourcing.claims.find((claim) => claim.quote.startsWith(TROOPS))!;
    expect(troops.provenance).toMatchObject({
      directness: "indirect",
      hopsToOrigin: 3,
      independentPaths: 1,
      primaryRecord: "not_available",
    });
    expect(troops.hops.map((hop) => hop.to?.name ?? "this article")).toEqual(
      expect.arrayContaining(["La Dépêche du Midi", "Le Parisien", "this article"]),
    );
    const starmer = sourcing.claims.find((claim) => claim.speaker?.name === "Keir Starmer")!;
    expect(starmer.provenance).toMatchObject({ directness: "direct", hopsToOrigin: 1 });
    const unattributed = sourcing.claims.filter((claim) => claim.provenance.directness === "unattributed");
    expect(unattributed).toHaveLength(3);

    const one = await caller.sourcing.claim({ id: troops.id });
    expect(one.provenance).toEqual(troops.provenance);
    expect(one.article.slug).toBe("macron-coalition-of-the-willing");
  });

  it("shows a source page with every claim passing through it and its role", async () => {
    const sourcing = await caller.sourcing.article({ slug: "macron-coalition-of-the-willing" });
    const parisien = sourcing.sources.find((source) => source.name === "Le Parisien")!;
    const page = await caller.sourcing.source({ id: parisien.id });
    expect(page.source.type).toBe("OUTLET");
    expect(page.claims.length).toBe(5);
    expect(page.claims.every((claim) => claim.roles.includes("intermediary"))).toBe(true);
    const macron = sourcing.sources.find((source) => source.name === "Emmanuel Macron")!;
    const macronPage = await caller.sourcing.source({ id: macron.id });
    expect(macronPage.claims.every((claim) => claim.roles.includes("speaker") && claim.roles.includes("origin"))).toBe(
      true,
    );
  });

  it("reads an article's whole sourcing in the same number of queries whatever its size", async () => {
    const workspace = await createWorkspace(database.db, `sizes-${engine.name}`);
    const small = await createRelayArticle(database.db, workspace.id, {
      title: "Small",
      claimCount: 2,
      outletsPerClaim: 1,
    });
    const large = await createRelayArticle(database.db, workspace.id, {
      title: "Large",
      claimCount: 120,
      outletsPerClaim: 3,
    });

    counter.reset();
    const smallSourcing = await caller.sourcing.article({ slug: small.slug });
    const smallCount = counter.count;
    counter.reset();
    const largeSourcing = await caller.sourcing.article({ slug: large.slug });
    const largeCount = counter.count;

    expect(smallSourcing.claims).toHaveLength(2);
    expect(largeSourcing.claims).toHaveLength(120);
    expect(largeSourcing.claims[0]!.hops).toHaveLength(1 + 3 + 3);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(10);
  });

  it("hides drafts from anonymous readers as if they did not exist", async () => {
    const workspace = await createWorkspace(database.db, `drafts-${engine.name}`);
    const draft = await createRelayArticle(database.db, workspace.id, {
      title: "Unpublished",
      claimCount: 1,
      outletsPerClaim: 1,
      status: "DRAFT",
    });
    await expect(caller.articles.bySlug({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.sourcing.article({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await caller.articles.list()).items.map((article) => article.slug)).not.toContain(draft.slug);
  });

  it("rejects bad input with the zod message, through the caller and over HTTP as a 400", async () => {
    const error = await caller.articles.bySlug({ id: "not-a-uuid" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });

    const input = encodeURIComponent(JSON.stringify({ slug: "a", id: "b" }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/articles.bySlug?input=${input}`),
      router: appRouter,
      createContext: () => createInnerContext({ db: database.db }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("id must be a UUID");
    expect(body.error.message).toContain("give exactly one of slug or id");
  });

  it("answers 404 over HTTP for an unknown article", async () => {
    const input = encodeURIComponent(JSON.stringify({ slug: "no-such-article" }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/sourcing.article?input=${input}`),
      router: appRouter,
      createContext: () => createInnerContext({ db: database.db }),
    });
    expect(response.status).toBe(404);
  });
});
