// The CLI's plain (not --json) lines state each claim as its speaker's statement, as every other
// surface does (lib/words/claim-statement.ts): quotation marks only around a direct quote.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../support/run-cli";

describe("claimtrail sourcing and extract, printed for people", () => {
  const env = { CLAIMTRAIL_DATA_DIR: tempDataDir() };

  it("states each claim as its speaker's statement: quotation marks only around a direct quote", async () => {
    const result = await runCli(["sourcing", "macron-coalition-of-the-willing"], env);
    expect(result.code).toBe(0);
    const troops = result.stdout.split("\n").find((line) => line.includes("several thousand troops"));
    // Reported speech; the only quotation marks are the article's own around "key points".
    expect(troops).toBe(
      "- Emmanuel Macron said that participating nations potentially sending several thousand troops each to “key points” within Ukraine.",
    );

    const dir = tempDataDir();
    const file = path.join(dir, "taxes.txt");
    fs.writeFileSync(
      file,
      'The minister said taxes will rise next year. "We will not cut spending," the minister said.\n',
    );
    const extracted = await runCli(["extract", file], env);
    expect(extracted.code).toBe(0);
    // The paraphrase bare; the direct quote keeps the article's own quotation marks.
    expect(extracted.stdout).toBe(
      'direct  \tThe minister\ttaxes will rise next year\ndirect  \tThe minister\t"We will not cut spending,"\n',
    );
  });
});
