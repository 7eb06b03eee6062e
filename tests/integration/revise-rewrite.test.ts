// A fully rewritten 9,000-word article: the word diff gives up at its cap instead of running
// quadratic; the re-anchoring runs in a worker thread before any transaction is open, every
// claim is flagged and none lost; and while it runs, readers' requests are answered. That is
// shown by the order of events, not by timing: work on the event loop would let no other
// request finish between the start and the end of the re-anchoring.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mapOffsets } from "@/lib/claims/map-offsets";
import type { Database, Db } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { countOffThreadTasks } from "@/server/workers/cpu-pool";
import { testEngines } from "../support/test-databases";

const watch = vi.hoisted(() => ({ open: 0, insideTransaction: 0, events: [] as string[] }));
vi.mock("@/server/workers/cpu-pool", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/workers/cpu-pool")>();
  return {
    ...original,
    async runOffThread(...args: Parameters<typeof original.runOffThread>) {
      if (watch.open > 0) watch.insideTransaction++;
      if (args[0] !== "reanchorClaims") return original.runOffThread(...args);
      watch.events.push("re-anchoring started");
      try {
        return await original.runOffThread(...args);
      } finally {
        watch.events.push("re-anchoring ended");
      }
    },
  };
});

/** The database, counting the transactions open at any moment. */
function watched(db: Db): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property !== "$transaction") return Reflect.get(target, property);
      return async (...args: Parameters<Db["$transaction"]>) => {
        watch.open++;
        try {
          return await (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          watch.open--;
        }
      };
    },
  });
}

const words = (seed: number, count: number) =>
  Array.from({ length: count }, (_, i) => `word${((i * 7919 + seed * 104729) % 5003).toString(36)}`).join(" ");

async function importLongArticle(db: Db, title: string, body: string, publish = false) {
  const tokens = body.split(" ");
  const step = Math.floor(tokens.length / 20);
  const claims = Array.from({ length: 20 }, (_, i) => {
    const start = tokens.slice(0, i * step).join(" ").length + (i ? 1 : 0);
    const quote = tokens.slice(i * step, i * step + 6).join(" ");
    const span = { quote_or_paraphrase: quote, start, end: start + quote.length };
    return { ...span, kind: "paraphrase", speaker: null, chain: ["this article"], indirect: false };
  });
  return importArticle(db, {
    annotation: { title, claims },
    body,
    workspace: "long-reads",
    createWorkspace: true,
    publish,
    actorId: null,
  });
}

describe.each(testEngines())("revising a fully rewritten article on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it("re-anchors off the main thread, outside any transaction, capped, and flags every claim for review", async () => {
    const before = `${words(1, 9000)}.`;
    const after = `${words(2, 9000)}.`;
    expect(mapOffsets(before, after).exact).toBe(false);
    const imported = await importLongArticle(database.db, "A long article", before);
    const offThreadBefore = countOffThreadTasks("reanchorClaims");
    watch.insideTransaction = 0;

    const result = await reviseArticle(watched(database.db), null, {
      articleId: imported.articleId,
      content: after,
      contentType: "text",
    });
    expect(countOffThreadTasks("reanchorClaims")).toBe(offThreadBefore + 1);
    expect(watch.insideTransaction).toBe(0);
    expect(result.article.version).toBe(2);
    expect(result.claims).toHaveLength(20);
    expect(result.claims.every((claim) => claim.status === "needs_review")).toBe(true);
    const stored = await database.db.article.findUniqueOrThrow({
      where: { id: imported.articleId },
      select: { body: true },
    });
    expect(stored.body).toBe(after);
  });

  it("answers readers while a 9,000-word rewrite is re-anchored", async () => {
    const read = await importLongArticle(database.db, "A read article", `${words(3, 2000)}.`, true);
    const long = await importLongArticle(database.db, "A rewritten article", `${words(4, 9000)}.`);
    const offThreadBefore = countOffThreadTasks("reanchorClaims");
    watch.events = [];
    let settled = false;
    const revision = reviseArticle(database.db, null, {
      articleId: long.articleId,
      content: `${words(5, 9000)}.`,
      contentType: "text",
    }).finally(() => {
      settled = true;
    });
    while (!settled) {
      // A reader's request arrives as I/O, after the pending events: PGlite alone would answer
      // within one turn of the loop and keep the worker's reply from ever being read.
      await new Promise((resolve) => setImmediate(resolve));
      const sourcing = await getArticleSourcing(database.db, { id: read.articleId }, null);
      expect(sourcing.claims).toHaveLength(20);
      watch.events.push("reader answered");
    }
    const result = await revision;
    expect(result.claims.every((claim) => claim.status === "needs_review")).toBe(true);
    expect(countOffThreadTasks("reanchorClaims")).toBe(offThreadBefore + 1);

    const started = watch.events.indexOf("re-anchoring started");
    const ended = watch.events.indexOf("re-anchoring ended");
    expect(started).toBeGreaterThanOrEqual(0);
    expect(ended).toBeGreaterThan(started);
    const answeredMeanwhile = watch.events.slice(started, ended).filter((event) => event === "reader answered");
    expect(answeredMeanwhile.length).toBeGreaterThanOrEqual(1);
  });
});
