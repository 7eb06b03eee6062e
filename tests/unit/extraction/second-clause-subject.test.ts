// "The group held a rally on Monday, and Ann Roe, its leader, said…": a first clause with a past
// tense and its object, then "and" and a name: the name opens a clause of its own and speaks.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("the subject of a second clause after 'and'", () => {
  it.each([
    ["The group held a rally on Monday, and Ann Roe, its leader, said the pier is unsafe.", "Ann Roe"],
    ["The union staged a strike on Monday, and Tom Voss, its leader, said the pier is unsafe.", "Tom Voss"],
  ])("%s", (text, speaker) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ text: "the pier is unsafe", speaker, cue: `${speaker}, its leader, said` });
  });
});

describe("a first clause with a past tense before a preposition or an infinitive", () => {
  it.each([
    ["The council met on Monday, and Ann Roe, its leader, said the pier is unsafe.", "Ann Roe"],
    ["The council voted to close the pier, and Ann Roe, its leader, said the pier is unsafe.", "Ann Roe"],
  ])("%s", (text, speaker) => {
    const said = extractClaims(text).filter((claim) => claim.text === "the pier is unsafe");
    expect(said).toMatchObject([{ speaker, cue: `${speaker}, its leader, said` }]);
  });
});
