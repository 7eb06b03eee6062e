// Claim suggestions cannot take the threads an editor's revision needs (issue 13): with every
// thread of the suggestion lane held busy and one more suggestion waiting there, a revision of a
// published article (re-anchoring and its correction summary, both CPU tasks) still completes,
// and the waiting suggestion completes only once the lane is released. Shown by the order of
// events, not by timing: with one shared pool the revision would wait behind the held thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { suggestClaims } from "@/server/services/editing/suggest-claims";
import { closeCpuPool, countOffThreadTasks } from "@/server/workers/cpu-pool";
import { holdSuggestionLane } from "../support/hold-suggestion-lane";
import { testEngines } from "../support/test-databases";

const BODY =
  "The mayor said on Monday that the bridge would reopen in May. " +
  "According to the council, repairs cost 4 million euros. " +
  'A resident told Le Parisien: "We have waited two years."';

afterAll(() => closeCpuPool());

describe.each(testEngines())("the CPU lanes on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it("a revision succeeds, not queued, while suggestions hold every suggestion thread", async () => {
    const user = await database.db.user.create({ data: { email: "ed@example.org", name: "Ed" }, select: { id: true } });
    const quote = "repairs cost 4 million euros";
    const start = BODY.indexOf(quote);
    const imported = await importArticle(database.db, {
      annotation: {
        title: "The bridge reopens",
        claims: [
          {
            quote_or_paraphrase: quote,
            start,
            end: start + quote.length,
            kind: "unattributed_fact",
            speaker: null,
            chain: ["the council", "this article"],
            indirect: false,
          },
        ],
      },
      body: BODY,
      workspace: "city-desk",
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    const reanchoredBefore = countOffThreadTasks("reanchorClaims");
    const summarizedBefore = countOffThreadTasks("summarizeCorrection");

    const lane = holdSuggestionLane();
    let suggestionSettled = false;
    const suggestion = suggestClaims(database.db, user.id, imported.articleId).finally(() => {
      suggestionSettled = true;
    });
    try {
      const revised = await reviseArticle(database.db, user.id, {
        articleId: imported.articleId,
        content: BODY.replace("in May", "in June"),
        contentType: "text",
        note: "The bridge reopens in June.",
      });
      expect(revised.article.version).toBe(2);
      expect(revised.claims).toHaveLength(1);
      expect(countOffThreadTasks("reanchorClaims")).toBe(reanchoredBefore + 1);
      expect(countOffThreadTasks("summarizeCorrection")).toBe(summarizedBefore + 1);
      // The suggestion asked first is still waiting for its lane.
      expect(suggestionSettled).toBe(false);
    } finally {
      expect(await lane.release()).toEqual(expect.arrayContaining(["released"]));
    }
    const suggested = await suggestion;
    expect(suggested.some((s) => s.text.includes("We have waited two years"))).toBe(true);
  });
});
