// The wiring of the public reads' cache, on both engines: signed-out reads go through the
// context's `publicReads` under their procedure's name (the app server's is Next.js's data cache,
// tests/e2e/public-cache.test.ts), a member's reads never do, and each write that may change a
// public page tells the listener from its audit record, while account and team writes do not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForPublicChanges } from "@/server/cache/public-changes";
import type { Database } from "@/server/database/open-database";
import { readSession } from "@/server/services/auth/sessions";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext, type PublicReads } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { type Caller, PASSWORD, sessionTokenFrom } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";

describe.each(testEngines())("the public reads' cache on $name", (engine) => {
  let database: Database;
  let anonymous: Caller;
  let owner: Caller;
  const cache = new Map<string, unknown>();
  const told: string[] = [];
  // A cache as small as can be, kept until a write says otherwise, as Next.js's is.
  const publicReads: PublicReads = async <T>(name: string, input: unknown, read: () => Promise<T>) => {
    const key = `${name} ${JSON.stringify(input ?? null)}`;
    if (!cache.has(key)) cache.set(key, await read());
    return cache.get(key) as T;
  };

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    anonymous = createCaller(createInnerContext({ db: database.db, publicReads }));
    const context = createInnerContext({ db: database.db });
    await signUpConfirmed(createCaller(context).auth, {
      email: "owner@desk.example",
      name: "Owner",
      password: PASSWORD,
    });
    const token = sessionTokenFrom(context.setCookies)!;
    const session = (await readSession(database.db, token))!;
    owner = createCaller(createInnerContext({ db: database.db, session, sessionToken: token, publicReads }));
    listenForPublicChanges(({ action }) => {
      told.push(action);
      cache.clear();
    });
  });
  afterAll(() => database.close());

  it("answers signed-out readers through the cache and members from the database", async () => {
    cache.clear();
    const first = await anonymous.sourcing.article({ slug: SLUG });
    await anonymous.articles.list();
    const claimId = first.claims[0]!.id;
    await anonymous.sourcing.claim({ id: claimId });
    expect([...cache.keys()]).toEqual([
      `sourcing.article {"slug":"${SLUG}"}`,
      "articles.list null",
      `sourcing.claim {"id":"${claimId}"}`,
    ]);
    expect(await anonymous.sourcing.article({ slug: SLUG })).toEqual(first);

    await owner.sourcing.article({ slug: SLUG });
    await owner.sourcing.claim({ id: claimId });
    expect(cache.size).toBe(3);
  });

  it("tells the cache of a claim's change, so the next signed-out read shows it", async () => {
    const claim = (await anonymous.sourcing.article({ slug: SLUG })).claims.find((c) => c.speaker !== null)!;
    told.length = 0;
    await owner.editing.updateClaim({ claimId: claim.id, version: claim.version, cue: "told the desk" });
    expect(told).toEqual(["claim.update"]);
    const after = (await anonymous.sourcing.article({ slug: SLUG })).claims.find((c) => c.id === claim.id)!;
    expect(after.cue).toBe("told the desk");
  });

  it("tells it of a retraction and of unpublishing, not of an API token", async () => {
    const { article, claims } = await anonymous.sourcing.article({ slug: SLUG });
    const speaker = claims.find((c) => c.speaker !== null)!.speaker!;
    const [source] = (await owner.sources.search({ workspaceId: article.workspaceId, query: speaker.name })).filter(
      (candidate) => candidate.id === speaker.id,
    );
    told.length = 0;
    await owner.auth.createApiToken();
    expect(told).toEqual([]);
    await owner.sources.setStanding({ sourceId: speaker.id, version: source!.version, standing: "RETRACTED" });
    expect(told).toEqual(["source.standing"]);
    expect((await anonymous.sourcing.source({ id: speaker.id })).source.standing).toBe("RETRACTED");

    await owner.editing.setArticleStatus({ articleId: article.id, status: "DRAFT" });
    expect(told).toEqual(["source.standing", "article.status"]);
    await expect(anonymous.sourcing.article({ slug: SLUG })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await anonymous.articles.list()).items).toEqual([]);
  });
});
