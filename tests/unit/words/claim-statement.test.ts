// Quotation marks only for direct quotes; a paraphrase as reported speech; a denial as a denial.
import { describe, expect, it } from "vitest";
import { stateClaim, stateClaimBriefly } from "@/lib/words/claim-statement";

describe("a claim as its speaker's statement", () => {
  it("words a denial as a denial (issue 11, example 2)", () => {
    const denial = stateClaim({
      quote: "any crane had been operated unsafely",
      kind: "PARAPHRASE",
      stance: "DENIES",
      speakerName: "Meridian",
    });
    expect(denial.text).toBe("Meridian denied that any crane had been operated unsafely.");
    expect(denial.quoted).toBe(false);
    expect(
      stateClaim({ quote: "any wrongdoing", kind: "DIRECT_QUOTE", stance: "DENIES", speakerName: "Meridian" }).text,
    ).toBe("Meridian denied “any wrongdoing”");
    expect(
      stateClaim({ quote: "the dam was safe", kind: "PARAPHRASE", stance: "DENIES", speakerName: null }).text,
    ).toBe("It was denied that the dam was safe.");
  });

  it("never puts a paraphrase in quotation marks (issue 11, example 3)", () => {
    const paraphrase = stateClaim({
      quote: "the Franco-British plan does not seek to deploy large numbers of soldiers in Ukraine",
      kind: "PARAPHRASE",
      speakerName: "Emmanuel Macron",
    });
    expect(paraphrase.text).toBe(
      "Emmanuel Macron said that the Franco-British plan does not seek to deploy large numbers of soldiers in Ukraine.",
    );
    expect(paraphrase.text).not.toMatch(/[“”"]/);
    expect(stateClaim({ quote: "Prices rose.", kind: "UNATTRIBUTED", speakerName: null }).text).toBe("Prices rose.");
  });

  it("quotes a direct quote once, even when the span brings its own quotation marks", () => {
    const quoted = stateClaim({
      quote: "“Ukraine is sovereign.”",
      kind: "DIRECT_QUOTE",
      speakerName: "Emmanuel Macron",
    });
    expect(quoted).toMatchObject({ text: "Emmanuel Macron: “Ukraine is sovereign.”", quoted: true });
    expect(stateClaim({ quote: "approval\nfrom Moscow", kind: "DIRECT_QUOTE", speakerName: null }).text).toBe(
      "“approval from Moscow”",
    );
  });

  it("cuts a statement to name a claim: the ellipsis inside a direct quote's marks, a paraphrase unquoted", () => {
    const troops = {
      quote: "participating nations potentially sending several thousand troops each to “key points” within Ukraine",
      kind: "PARAPHRASE" as const,
      speakerName: "Emmanuel Macron",
    };
    expect(stateClaimBriefly(troops, 40)).toBe("Emmanuel Macron said that participating nations potentially send…");
    expect(
      stateClaimBriefly(
        {
          quote: "“Ukraine is sovereign. If it asks for Allied forces,”",
          kind: "DIRECT_QUOTE",
          speakerName: "Emmanuel Macron",
        },
        26,
      ),
    ).toBe("Emmanuel Macron: “Ukraine is sovereign. I…”");
    expect(
      stateClaimBriefly({
        quote: "any crane had been operated unsafely",
        kind: "PARAPHRASE",
        stance: "DENIES",
        speakerName: "Meridian",
      }),
    ).toBe("Meridian denied that any crane had been operated unsafely.");
  });
});
