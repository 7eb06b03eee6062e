// The speaker-confidence model reads how the extractor found each speaker: a frame's subject, a
// quotation carried on from the last speaker, a sentence going on with the previous one.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { indexPeople } from "@/lib/extraction/speaker-candidates";
import { describeSpeakerEvidence, indexArticle } from "@/lib/extraction/speaker-evidence";
import { isRelayedByOutlet } from "@/lib/extraction/speaker-route";

const TEXT = [
  "Mayor Ilse Brandt said on Monday that the ferry would run again by Friday.",
  "",
  "“The harbour is safe for every crew that uses it,” the harbour master wrote in a notice.",
  "",
  "“We checked every gate and every crane on the quay twice.”",
  "",
  "The toll would rise in May, Reuters reported on Tuesday, citing two port officials.",
].join("\n");

const featuresOf = (words: string): string[] => {
  const claims = extractClaims(TEXT, { everySpeaker: true });
  const k = claims.findIndex((c) => c.text.includes(words));
  const claim = claims[k];
  if (!claim) throw new Error(`no claim with ${words}`);
  return describeSpeakerEvidence(indexArticle(TEXT, indexPeople(TEXT)), claim, claims[k - 1] ?? null).features;
};

describe("how the speaker was found, as evidence for the speaker-confidence model", () => {
  it("marks a speaker read from the sentence's own frame", () => {
    expect(featuresOf("ferry would run").some((f) => f.startsWith("via=frame:"))).toBe(true);
  });

  it("marks a bare quotation given to the last speaker", () => {
    expect(featuresOf("every gate")).toContain("via=carried:quote");
  });

  it("gives no route to people an outlet cites, whose words PolNeAR gives to the outlet", () => {
    const claims = extractClaims(TEXT, { everySpeaker: true });
    const toll = claims.find((c) => c.text.includes("toll would rise"));
    expect(toll?.speaker).toBe("two port officials");
    expect(toll && isRelayedByOutlet(toll)).toBe(true);
    expect(featuresOf("toll would rise").some((f) => f.startsWith("via="))).toBe(false);
  });
});
