// The CLI's plain (not --json) lines state each claim as its speaker's statement, as every other
// surface does (lib/words/claim-statement.ts): quotation marks only around a direct quote, and a
// denial worded as a denial.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../support/run-cli";

describe("claimtrail sourcing, extract and revise, printed for people", { timeout: 300_000 }, () => {
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

  it("revise states each re-anchored claim: a denial as a denial, a paraphrase unquoted, a quote quoted", async () => {
    const dir = tempDataDir();
    const body = 'Meridian denied that any crane had been operated unsafely. "We take safety seriously," Okafor said.';
    const annotation = {
      title: "Crane inquiry",
      article: { body },
      claims: [
        {
          quote_or_paraphrase: "any crane had been operated unsafely",
          kind: "paraphrase",
          speaker: "Meridian",
          stance: "denies",
          chain: ["Meridian", "this article"],
          indirect: false,
        },
        {
          quote_or_paraphrase: '"We take safety seriously,"',
          kind: "direct_quote",
          speaker: "Okafor",
          chain: ["Okafor", "this article"],
          indirect: false,
        },
      ],
    };
    const file = path.join(dir, "crane.json");
    fs.writeFileSync(file, JSON.stringify(annotation));
    const imported = await runCli(["import", file, "--json"], env);
    expect(imported.stderr).toBe("");
    const slug = JSON.parse(imported.stdout).articles[0].slug;
    const revised = path.join(dir, "revised.txt");
    fs.writeFileSync(revised, `Updated on Thursday. ${body}`);

    const result = await runCli(["revise", slug, "--body-file", revised], env);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "Crane inquiry: version 2",
        "moved        Meridian denied that any crane had been operated unsafely.",
        'moved        Okafor: "We take safety seriously,"',
        "",
      ].join("\n"),
    );
  });
});
