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

  it("continues the sentence after 'said that': a sentence opener loses its capital, a name or an acronym keeps it", () => {
    const said = (quote: string, stance?: "DENIES") =>
      stateClaim({ quote, kind: "PARAPHRASE", stance, speakerName: "Emmanuel Macron" }).text;
    expect(said("These troops would be deployed far from the front line")).toBe(
      "Emmanuel Macron said that these troops would be deployed far from the front line.",
    );
    expect(said("The plan was ready", "DENIES")).toBe("Emmanuel Macron denied that the plan was ready.");
    expect(said("Paris would lead the force")).toBe("Emmanuel Macron said that Paris would lead the force.");
    expect(said("NATO would not be involved")).toBe("Emmanuel Macron said that NATO would not be involved.");
    expect(said("A-10 aircraft were not needed")).toBe("Emmanuel Macron said that A-10 aircraft were not needed.");
    expect(said("I will not send troops")).toBe("Emmanuel Macron said that I will not send troops.");
    expect(stateClaim({ quote: "It was staged", kind: "PARAPHRASE", stance: "DENIES", speakerName: null }).text).toBe(
      "It was denied that it was staged.",
    );
    // Unattributed words stand as their own sentence.
    expect(stateClaim({ quote: "These troops were ready", kind: "PARAPHRASE", speakerName: null }).text).toBe(
      "These troops were ready",
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
