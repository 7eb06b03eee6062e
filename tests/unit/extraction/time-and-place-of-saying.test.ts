// When, where or to whom something was said ("Monday", "Wednesday afternoon in Salem", "on
// “Harbour Talk”") is no claim: after "X said" the claim is the sentence before (docs/EXTRACTION.md,
// "How it works", step 3). Also the readings that name no one: polls at large, the relative clause
// of a list. Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { isMannerPhrase } from "../../../lib/extraction/speech-verbs.ts";

const claimsOf = (text: string) => extractClaims(text, { everySpeaker: true }).filter((c) => c.speaker);
const read = (text: string) => claimsOf(text).map((c) => [c.speaker, c.text]);

describe("the time and place of saying", () => {
  it("'X said Wednesday afternoon' closes the claim before it", () => {
    expect(read("The port will stay open, Ana Alvarez said Wednesday afternoon.")).toEqual([
      ["Ana Alvarez", "The port will stay open"],
    ]);
  });

  it("a day between two pieces of a quotation joins them, with no claim of its own", () => {
    const claims = claimsOf(
      "“We cannot sign that. It is a bad bill,” Lena Moreland said Tuesday. “I have told the governor.”",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.kind).toBe("direct_quote");
    expect(claims[0]?.speaker).toBe("Lena Moreland");
  });

  it("a programme's title after 'said on' is where it was said", () => {
    expect(read("“The dam is fine,” Tom Berg said on “Harbour Talk.”")).toEqual([["Tom Berg", "“The dam is fine,”"]]);
  });

  it("a day, a place and a relative clause about the occasion are all no claim", () => {
    expect(
      read("The dam is fine, Tom Berg said Thursday at a news conference in Salem, which was broadcast live."),
    ).toEqual([["Tom Berg", "The dam is fine"]]);
  });

  it("the day before 'that' or before the clause is no part of what was said", () => {
    expect(read("Ana Alvarez said Monday that the port will close.")).toEqual([["Ana Alvarez", "the port will close"]]);
    expect(read("Ana Alvarez said Tuesday the ferry would run again.")).toEqual([
      ["Ana Alvarez", "the ferry would run again"],
    ]);
  });

  it("tells such words from a content", () => {
    for (const w of [
      "Monday",
      "Wednesday afternoon in Salem",
      "on “Harbour Talk.”",
      "to the Gazette",
      "last week",
      "then",
    ])
      expect(isMannerPhrase(w), w).toBe(true);
    for (const w of ["to close every port", "Monday that the port will close", "the ferry would run again"])
      expect(isMannerPhrase(w), w).toBe(false);
  });

  it("an infinitive after a verb of promising is still what was promised", () => {
    expect(read("Tom Voss has pledged to close every port to foreign ships.")).toEqual([
      ["Tom Voss", "to close every port to foreign ships"],
    ]);
  });
});

describe("readings that name no one", () => {
  it("standings 'in the polls' are no poll's finding", () => {
    const claims = extractClaims("Ana Alvarez slid in the polls after the second debate.", { everySpeaker: true });
    expect(claims.map((c) => c.kind)).toEqual(["unattributed_fact"]);
  });

  it("one poll still reports its finding", () => {
    expect(read("Ana Alvarez holds a 12-point lead in the latest Harbour Gazette poll.")).toEqual([
      ["the latest Harbour Gazette poll", "Ana Alvarez holds a 12-point lead"],
    ]);
  });

  it("the relative clause closing a list of bare nouns names no speaker", () => {
    const claims = claimsOf(
      "Tom Voss spoke in Salem on Friday.\nEditor’s note: Tom Voss regularly insults his rivals and is a serial liar, braggart, bully and blowhard who has repeatedly pledged to close every port — all 40 of them — to foreign ships.",
    );
    expect(claims.some((c) => /who|blowhard|bully/.test(c.speaker ?? ""))).toBe(false);
    expect(claims.some((c) => c.text.includes("Editor’s note"))).toBe(false);
  });
});

describe("names that did not speak", () => {
  it("'said X when asked about Y' is said by X", () => {
    const claims = claimsOf(
      "Ann Roe spoke first.\n“Anyone who breaks the law puts us at risk,” said harbour pilot Tom Voss when asked about Ann Roe.",
    );
    expect(claims.find((c) => c.kind === "direct_quote")?.speaker).toBe("Tom Voss");
  });

  it("a day before the verb is no speaker ('…, Wednesday added')", () => {
    const claims = claimsOf(
      "Lena Moreland of Maine, a candidate who trails in the ferry race, Wednesday added a new demand: a second pier.",
    );
    expect(claims.some((c) => c.speaker === "Wednesday")).toBe(false);
  });

  it("a dateline in mixed case before a wire service is no name, and names the article's outlet", () => {
    const claims = claimsOf(
      "Salem (AFP) – Ferry captain Ann Roe said the port would reopen.\nShe told AFP the harbour was safe.",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["Ann Roe", "Ann Roe"]);
    expect(claims[1]?.indirect).toBe(false);
  });

  it("'Harbour Update:' opening a headline names no one", () => {
    expect(read("Harbour Update: The latest count in the ferry race.")).toEqual([]);
  });
});
