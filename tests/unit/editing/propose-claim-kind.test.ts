import { describe, expect, it } from "vitest";
import { proposeClaimKind } from "@/lib/editing/propose-claim-kind";

function propose(body: string, words: string): string {
  const start = body.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return proposeClaimKind(body, start, start + words.length);
}

describe("the kind a new claim proposes", () => {
  const body = 'Okafor said: “We will cooperate fully.” He added that taxes will rise. "Never," she said.';

  it("proposes a direct quote only for words exactly enclosed by quotation marks", () => {
    expect(propose(body, "We will cooperate fully.")).toBe("DIRECT_QUOTE");
    expect(propose(body, "“We will cooperate fully.”")).toBe("DIRECT_QUOTE");
    expect(propose(body, "Never,")).toBe("DIRECT_QUOTE");
  });

  it("proposes a paraphrase for words partly inside quotation marks or outside them", () => {
    expect(propose(body, "We will cooperate")).toBe("PARAPHRASE");
    expect(propose(body, "cooperate fully.")).toBe("PARAPHRASE");
    expect(propose(body, "taxes will rise")).toBe("PARAPHRASE");
    // Two quotations and the words between them are not one quotation.
    expect(propose(body, '“We will cooperate fully.” He added that taxes will rise. "Never,"')).toBe("PARAPHRASE");
    expect(proposeClaimKind(body, 5, 5)).toBe("PARAPHRASE");
  });
});
