import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import type { SuggestedClaim } from "../../../lib/extraction/suggested-claim.ts";
import { dropUnsaidClaims, isUnsaid } from "../../../lib/extraction/unsaid-claims.ts";

const LEAD = "Ann Roe runs the harbour board, and Tom Voss pilots its ferries.";
const attributed = (claims: SuggestedClaim[]) => claims.filter((c) => c.kind !== "unattributed_fact");
const about = (claims: SuggestedClaim[], words: string) => attributed(claims).filter((c) => c.text.includes(words));

// A negated saying, a question, or a clause read as the speaker: the suggestion says less.
describe("claims nobody asserted", () => {
  it("gives no claim for a saying the text negates", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Ann Roe never continued:",
        "“We will rebuild the pier.”",
        "The pier is unsafe, Coast FM never quoted a ministry spokesman as saying.",
        "His refusal to say the dock is rotten angered Tom Voss.",
      ].join("\n\n"),
    );
    expect(about(claims, "rebuild the pier")).toEqual([]);
    expect(about(claims, "pier is unsafe")).toEqual([]);
    expect(about(claims, "ministry spokesman")).toEqual([]);
    expect(about(claims, "dock is rotten")).toEqual([]);
  });

  it("keeps a saying whose negation lies in a clause of its own before the verb", () => {
    const claims = extractClaims(
      [LEAD, "Ann Roe, who did not say so in public, said on Monday that the pier was unsafe."].join("\n\n"),
    );
    const [claim] = about(claims, "pier was unsafe");
    expect(claim?.speaker).toBe("Ann Roe");
  });

  it("gives no claim for a question paraphrased as if it were said", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Is the pier unsafe, asked several observers.",
        "In addition, according to Tom Voss, is the pier unsafe?",
      ].join("\n\n"),
    );
    expect(about(claims, "the pier unsafe")).toEqual([]);
    // "asked whether …" stays a reported question with its asker, as before.
    const asked = extractClaims([LEAD, "Ann Roe asked whether the pier was rotten."].join("\n\n"));
    expect(about(asked, "whether the pier was rotten")[0]?.speaker).toBe("Ann Roe");
  });

  it("asks who spoke when the speaker read is a clause", () => {
    const claim: SuggestedClaim = {
      ...attributed(extractClaims(`${LEAD}\n\nTom Voss said the ferry would run.`))[0],
    } as SuggestedClaim;
    const read = { ...claim, speaker: "Democrats are far from", chain: ["Democrats are far from", "this article"] };
    const [asked] = dropUnsaidClaims([read]);
    expect(asked?.speaker).toBeNull();
    expect(asked?.speakerMention).toBe("Democrats are far from");
    expect(asked?.chain).toEqual(["this article"]);
    expect(isUnsaid(read)).toBe(false);
    // A headline's question around a name is not a clause ("Is Sanders …").
    expect(dropUnsaidClaims([{ ...claim, speaker: "Is Sanders" }])[0]?.speaker).toBe("Is Sanders");
  });

  it("reads no source out of a clause inside 'according to'", () => {
    const claims = extractClaims(
      [LEAD, "In addition, according to a report that Tom Voss disputes, the pier is unsafe."].join("\n\n"),
    );
    for (const c of about(claims, "pier is unsafe")) expect(c.sources).not.toContain("Tom Voss");
  });

  it("takes no relative clause after 'said' as the speaker", () => {
    const claims = extractClaims(
      [LEAD, "The pier is unsafe, said several observers who did not say so publicly."].join("\n\n"),
    );
    for (const c of attributed(claims)) expect(c.speaker ?? "").not.toMatch(/who|pier/);
  });
});
