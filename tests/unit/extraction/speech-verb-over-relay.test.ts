// A speech verb with its own subject names the speaker; "according to <outlet>" or "<outlet>
// reported" in the same sentence is the relay that carried it, on the route, never the speaker.
// Cues are shown in quotation marks as the article's words, so each is one verbatim run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleBody } from "../../../lib/extraction/article-body.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { extractClaimAbout } from "./find-claim.ts";

const relayed = (speaker: string) => ({
  text: "taxes will rise next year",
  kind: "paraphrase",
  speaker,
  indirect: true,
  sources: ["Daily Bugle"],
  chain: [speaker, "reporters", "Daily Bugle", "this article"],
});

describe("a speech verb's own subject beats the relay", () => {
  it.each([
    [
      "trailing 'according to <outlet>'",
      "The mayor told reporters that taxes will rise next year, according to the Daily Bugle.",
      "The mayor",
      "The mayor told reporters that",
    ],
    [
      "trailing '<outlet> reported'",
      "The mayor told reporters that taxes will rise next year, the Daily Bugle reported.",
      "The mayor",
      "The mayor told reporters that",
    ],
    [
      "trailing 'according to a report in <outlet>'",
      "The mayor told reporters that taxes will rise next year, according to a report in the Daily Bugle.",
      "The mayor",
      "The mayor told reporters that",
    ],
    [
      "leading 'According to <outlet>,'",
      "According to the Daily Bugle, the mayor told reporters that taxes will rise next year.",
      "the mayor",
      "According to the Daily Bugle, the mayor told reporters that",
    ],
  ])("%s: the mayor speaks, reporters heard it, the Daily Bugle relays it", (_, body, speaker, cue) => {
    const claims = extractClaims(body);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ ...relayed(speaker), cue });
    expect(body).toContain(claims[0]?.cue);
  });

  it("keeps 'said' without an audience: the mayor, then the outlet", () => {
    const body = "The mayor said taxes will rise next year, according to the Daily Bugle.";
    expect(extractClaimAbout(body, "taxes will rise")).toMatchObject({
      speaker: "The mayor",
      cue: "The mayor said",
      indirect: true,
      chain: ["The mayor", "Daily Bugle", "this article"],
    });
  });

  it("does not take a name the sentence relays through for the holder of a role", () => {
    const body = "The mayor told reporters that taxes will rise next year, according to Springfield Shopper.";
    expect(extractClaimAbout(body, "taxes will rise")).toMatchObject({
      speaker: "The mayor",
      chain: ["The mayor", "reporters", "Springfield Shopper", "this article"],
    });
  });

  it("leaves 'told reporters' first-hand when no outlet relays it", () => {
    const body = "The mayor told reporters that taxes will rise next year.";
    expect(extractClaimAbout(body, "taxes will rise")).toMatchObject({
      speaker: "The mayor",
      indirect: false,
      chain: ["The mayor", "this article"],
    });
  });

  it("gives every fixture claim a cue that is verbatim text of its article", () => {
    const dir = path.join(import.meta.dirname, "../../fixtures/extraction");
    const names = readdirSync(dir).filter((n) => n.endsWith(".txt"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const body = readArticleBody(readFileSync(path.join(dir, name), "utf8"));
      for (const claim of extractClaims(body)) {
        if (claim.cue !== null) expect(body, `${name}: ${claim.cue}`).toContain(claim.cue);
      }
    }
  });
});
