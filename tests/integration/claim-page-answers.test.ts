// A claim's own page (sourcing.claim) is read in one statement and answered from the answers the
// article read keeps by each claim's text (claim-answers.ts): the same values as the claim's
// Prisma select built afresh, the same kept objects for an unchanged claim, and a change in the
// database seen at the next read with nothing told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimPageSourcing } from "@/lib/sourcing/schemas";
import type { Database } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { claimSourcingSelect, sourcesOf } from "@/server/services/sourcing/claim-sourcing-select";
import { toClaimSourcing } from "@/server/services/sourcing/to-claim-sourcing";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createQueryCounter } from "../support/count-queries";
import { createRelayArticle, createWorkspace } from "../support/factories";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";

describe.each(testEngines())("the claim page read on $name", (engine) => {
  let database: Database;
  const { counter, wrapAdapter } = createQueryCounter();
  let anonymous: ReturnType<typeof createCaller>;

  /** What the page showed before: the claim's Prisma select, its article's slug and title, its sources by name. */
  async function readAfresh(id: string): Promise<Omit<ClaimPageSourcing, "sources"> & { sources: unknown[] }> {
    const row = await database.db.claim.findUniqueOrThrow({
      where: { id },
      select: { ...claimSourcingSelect, article: { select: { slug: true, title: true } } },
    });
    const { article, ...claim } = row;
    return { ...toClaimSourcing(claim), article, sources: sourcesOf([claim]) };
  }

  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    await loadDemo(database.db, repoRoot);
    anonymous = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  const seedClaims = async () => (await anonymous.sourcing.article({ slug: SLUG })).claims.map((claim) => claim.id);

  it("answers every claim of the seed as its select built afresh, in one statement", async () => {
    const ids = await seedClaims();
    expect(ids).toHaveLength(15);
    for (const id of ids) {
      counter.reset();
      const page = await anonymous.sourcing.claim({ id });
      expect(counter.count, id).toBe(1);
      expect(page).toEqual(await readAfresh(id));
    }
  });

  it("serves an unchanged claim from the answer kept, and shows a change at the next read", async () => {
    const id = (await seedClaims())[3]!;
    const [first, second] = [await anonymous.sourcing.claim({ id }), await anonymous.sourcing.claim({ id })];
    expect(second.graph).toBe(first.graph);
    expect(second.provenance).toBe(first.provenance);
    expect(Object.isFrozen(second.graph)).toBe(true);

    const hop = first.hops[0]!;
    await database.db.hop.update({ where: { id: hop.id }, data: { confidence: 0.25 } });
    const changedHop = await anonymous.sourcing.claim({ id });
    expect(changedHop.hops[0]).toMatchObject({ id: hop.id, confidence: 0.25 });
    expect(changedHop.graph).not.toBe(first.graph);
    expect(changedHop).toEqual(await readAfresh(id));

    await database.db.source.update({
      where: { id: hop.from.id },
      data: { name: "Renamed Desk", standing: "RETRACTED", standingNote: "Withdrawn." },
    });
    const renamed = await anonymous.sourcing.claim({ id });
    expect(renamed.hops[0]!.from.name).toBe("Renamed Desk");
    expect(renamed.sources.find((source) => source.id === hop.from.id)).toMatchObject({
      name: "Renamed Desk",
      standing: "RETRACTED",
      standingNote: "Withdrawn.",
    });
    expect(renamed).toEqual(await readAfresh(id));

    await database.db.claim.update({ where: { id }, data: { note: "Ask the ministry." } });
    expect(await anonymous.sourcing.claim({ id })).toMatchObject({ note: "Ask the ministry." });
  });

  it("lets a member read a claim held back from review, and nobody else", async () => {
    const workspace = await createWorkspace(database.db, `claim-page-${engine.name}`);
    const article = await createRelayArticle(database.db, workspace.id, {
      title: "Held back",
      claimCount: 1,
      outletsPerClaim: 2,
    });
    const { id } = await database.db.claim.findFirstOrThrow({
      where: { article: { slug: article.slug } },
      select: { id: true },
    });
    await database.db.claim.update({ where: { id }, data: { reviewState: "IN_REVIEW" } });
    const user = await database.db.user.create({
      data: { email: `claim-page-${engine.name}@example.org`, name: "Editor" },
      select: { id: true, email: true, name: true },
    });
    const outsider = await database.db.user.create({
      data: { email: `claim-page-outsider-${engine.name}@example.org`, name: "Outsider" },
      select: { id: true, email: true, name: true },
    });
    await database.db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "EDITOR" } });
    const as = (person: typeof user) =>
      createCaller(
        createInnerContext({
          db: database.db,
          session: { userId: person.id, email: person.email, name: person.name },
        }),
      );

    expect(await as(user).sourcing.claim({ id })).toEqual(await readAfresh(id));
    await expect(anonymous.sourcing.claim({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(outsider).sourcing.claim({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.sourcing.claim({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
