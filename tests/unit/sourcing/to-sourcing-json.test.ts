import { describe, expect, it } from "vitest";
import { toSourcingJson } from "@/lib/sourcing/to-sourcing-json";
import { article, leaders, troops } from "./fixtures";

const CLAIM_KEYS = [
  "id",
  "quote",
  "start",
  "end",
  "kind",
  "status",
  "stance",
  "speaker",
  "directness",
  "hopsToOrigin",
  "independentPaths",
  "primaryRecord",
  "confidence",
  "weakestLink",
  "summary",
];

describe("toSourcingJson", () => {
  const json = toSourcingJson(article);

  it("has the article without its body", () => {
    expect(Object.keys(json).sort()).toEqual(["article", "claims"]);
    expect(json.article).not.toHaveProperty("body");
    const { body: _body, ...meta } = article.article;
    expect(json.article).toEqual(meta);
    expect(JSON.stringify(json)).not.toContain("Macron’s office noted on Sunday");
  });

  it("has exactly the documented keys for every claim, in article order", () => {
    expect(json.claims.map((claim) => claim.id)).toEqual(["claim-no-recording", "claim-troops", "claim-leaders"]);
    for (const claim of json.claims) expect(Object.keys(claim).sort()).toEqual([...CLAIM_KEYS].sort());
  });

  it("flattens the troops claim's provenance", () => {
    const claim = json.claims[1]!;
    expect(claim).toEqual({
      id: "claim-troops",
      quote: troops.quote,
      start: troops.start,
      end: troops.end,
      kind: "PARAPHRASE",
      status: "CORROBORATED",
      stance: "ASSERTS",
      speaker: "Emmanuel Macron",
      directness: "indirect",
      hopsToOrigin: 3,
      independentPaths: 1,
      primaryRecord: "not_available",
      confidence: troops.provenance.confidence,
      weakestLink: troops.provenance.weakestLink,
      summary: troops.provenance.summary,
    });
    expect(article.article.body.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.confidence).toBeGreaterThan(0);
    expect(claim.confidence).toBeLessThan(0.9);
    expect(claim.weakestLink).toMatchObject({ toName: null, confidence: 0.75 });
    expect(claim.summary).toContain("Emmanuel Macron");
  });

  it("writes an unattributed claim with a null speaker and no chain", () => {
    expect(json.claims[2]).toMatchObject({
      id: "claim-leaders",
      quote: "The call included approximately 30 leaders",
      kind: "UNATTRIBUTED",
      speaker: null,
      directness: "unattributed",
      hopsToOrigin: null,
      independentPaths: 0,
      primaryRecord: "unknown",
      confidence: 0,
      weakestLink: null,
      summary: leaders.provenance.summary,
    });
  });

  it("uses the speaker's name, not its id", () => {
    expect(json.claims[0]!.speaker).toBe("Macron's office (Élysée)");
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
