// A clause of contrast whose subject carries an appositive ("…, but Ann Roe, the mayor, disputed
// that") ends the claim before it: the objection is never part of the first speaker's claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("a clause of contrast past an appositive", () => {
  it.each([
    ["Tom Voss said the pier is unsafe, but Ann Roe, the mayor, disputed that.", "Tom Voss"],
    ["Ann Roe said the pier is unsafe, while Tom Voss, a harbour pilot, denied it.", "Ann Roe"],
  ])("%s", (text, speaker) => {
    const claims = extractClaims(text);
    expect(claims[0]).toMatchObject({ text: "the pier is unsafe", speaker });
  });
});
