import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("speaker resolution", () => {
  it("keeps a party-and-state tag inside the sentence, so the senator before it speaks", () => {
    const text = [
      "Sen. Mara Quill (D-Ore.) said the levy would hurt orchards. “It is a bad deal,” she said.",
      "“We will fight it,” Rep. Tobias Wren (R-Idaho) said.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "hurt orchards").speaker).toBe("Mara Quill");
    expect(findClaimAbout(claims, "bad deal").speaker).toBe("Mara Quill");
    expect(findClaimAbout(claims, "fight it").speaker).toBe("Tobias Wren");
  });
});
