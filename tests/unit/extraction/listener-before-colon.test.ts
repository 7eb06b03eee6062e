// "Voss told Fox News: Roe lied.": the listener a colon closes is one whole name, the words after
// the colon are what was said, and without quotation marks they are no direct quote.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("a listener closed by a colon", () => {
  it.each([
    ["Tom Voss told Fox News: Ann Roe lied about the pier.", "Fox News"],
    ["Tom Voss told the Coast Herald on Monday: Ann Roe lied about the pier.", "Coast Herald"],
  ])("%s", (text, outlet) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      text: "Ann Roe lied about the pier",
      kind: "paraphrase",
      speaker: "Tom Voss",
      indirect: true,
      chain: ["Tom Voss", outlet, "this article"],
    });
  });
});
