// A fully rewritten 9,000-word article: the word diff gives up at its cap instead of running
// quadratic, runs before any transaction is open, and every claim is flagged, none lost.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { testEngines } from "../support/test-databases";

const diffs = vi.hoisted(() => ({ runs: 0, insideTransaction: 0, exact: [] as boolean[], open: 0 }));
vi.mock("@/lib/claims/map-offsets", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/claims/map-offsets")>();
  return {
    ...original,
    mapOffsets(oldText: string, newText: string) {
      diffs.runs++;
      if (diffs.open > 0) diffs.insideTransaction++;
      const map = original.mapOffsets(oldText, newText);
      diffs.exact.push(map.exact);
      return map;
    },
  };
});

/** The database, counting the transactions open at any moment. */
function watched(db: Db): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property !== "$transaction") return Reflect.get(target, property);
      return async (...args: Parameters<Db["$transaction"]>) => {
        diffs.open++;
        try {
          return await (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          diffs.open--;
        }
      };
    },
  });
}

const words = (seed: number, count: number) =>
  Array.from({ length: count }, (_, i) => `word${((i * 7919 + seed * 104729) % 5003).toString(36)}`).join(" ");

describe.each(testEngines())("revising a fully rewritten article on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it("diffs outside any transaction, capped, and flags every claim for review", async () => {
    const before = `${words(1, 9000)}.`;
    const spans = Array.from({ length: 20 }, (_, i) => {
      const start =
        before
          .split(" ")
          .slice(0, i * 400)
          .join(" ").length + (i ? 1 : 0);
      const quote = before
        .split(" ")
        .slice(i * 400, i * 400 + 6)
        .join(" ");
      return { quote_or_paraphrase: quote, start, end: start + quote.length };
    });
    const imported = await importArticle(database.db, {
      annotation: {
        title: "A long article",
        claims: spans.map((span) => ({
          ...span,
          kind: "paraphrase",
          speaker: null,
          chain: ["this article"],
          indirect: false,
        })),
      },
      body: before,
      workspace: "long-reads",
      publish: false,
      actorId: null,
    });
    diffs.runs = 0;
    diffs.exact = [];
    const after = `${words(2, 9000)}.`;
    const result = await reviseArticle(watched(database.db), null, {
      articleId: imported.articleId,
      content: after,
      contentType: "text",
    });
    expect(diffs.runs).toBeGreaterThanOrEqual(1);
    expect(diffs.insideTransaction).toBe(0);
    expect(diffs.exact).toEqual([false]);
    expect(result.article.version).toBe(2);
    expect(result.claims).toHaveLength(20);
    expect(result.claims.every((claim) => claim.status === "needs_review")).toBe(true);
    const stored = await database.db.article.findUniqueOrThrow({
      where: { id: imported.articleId },
      select: { body: true },
    });
    expect(stored.body).toBe(after);
  });
});
