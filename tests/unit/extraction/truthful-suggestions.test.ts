import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

// Never state more than was recorded: no suggestion invents a speaker, a hop or a cue.
describe("suggestions state no more than the text gives", () => {
  it("names no speaker for the dummy 'it' of 'It is unclear whether…', 'It is reported that…', 'It seems…'", () => {
    const sentences = [
      "It is unclear whether she will testify.",
      "It is reported that the harbour will close in March.",
      "It remains possible that the ferry line will be sold.",
      "The council met on Monday. It seems the vote will wait until spring.",
    ];
    for (const text of sentences) {
      for (const claim of extractClaims(text)) {
        expect(claim.speaker, text).not.toBe("It");
        expect(claim.cue ?? "", text).not.toMatch(/^(?:unclear|reported|possible|seems)$/);
      }
    }
    const [claim] = extractClaims("It is unclear whether she will testify.");
    expect(claim?.speaker ?? null).toBeNull();
    expect(claim?.chain).toEqual(["this article"]);
  });

  it("still lets a body called 'it' speak ('It said the ruling was wrong')", () => {
    const text = "The ferry company said it would appeal. It said the ruling was wrong.";
    const claim = extractClaims(text).find((c) => c.text.includes("ruling was wrong"));
    expect(claim?.speaker).toBe("The ferry company");
  });

  it("does not carry an earlier sentence's relay to a speaker carried by a pronoun", () => {
    const text =
      "The plan would cut ferry fares, Mayor Jane Doyle told Reuters on Tuesday. She said it would help families.";
    const claims = extractClaims(text);
    const first = claims.find((c) => c.text.includes("cut ferry fares"));
    expect(first?.sources).toEqual(["Reuters"]);
    const second = claims.find((c) => c.text.includes("help families"));
    expect(second?.speaker).toBe("Jane Doyle");
    expect(second?.sources).toEqual([]);
    expect(second?.chain).toEqual(["Jane Doyle", "this article"]);
    expect(second?.indirect).toBe(false);
  });

  it("keeps the relay when the later sentence says it goes on ('added') or names its own", () => {
    const text = [
      "The plan would cut ferry fares, Mayor Jane Doyle told Reuters on Tuesday. She added that it would help families.",
      "She said the pier would reopen in May, according to the Harbour Gazette.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(claims.find((c) => c.text.includes("help families"))?.chain).toEqual([
      "Jane Doyle",
      "Reuters",
      "this article",
    ]);
    expect(claims.find((c) => c.text.includes("reopen in May"))?.chain).toEqual([
      "Jane Doyle",
      "Harbour Gazette",
      "this article",
    ]);
  });

  it("keeps the relay when an outlet itself reported or quoted the speaker ('the Herald quoted X as…')", () => {
    const text =
      'The Coastal Herald quoted Mayor Ann Roe as saying the ferry would close. "We have no choice," she said.';
    const quote = extractClaims(text).find((c) => c.text.includes("no choice"));
    expect(quote?.speaker).toBe("Ann Roe");
    expect(quote?.sources).toEqual(["The Coastal Herald"]);
    expect(quote?.chain).toEqual(["Ann Roe", "The Coastal Herald", "this article"]);
  });

  it("never puts a claim's own speaker and cue in its words (a title-case headline, 'X denied…')", () => {
    const claims = extractClaims("Senator Alice Monroe Denies Bribery Report");
    for (const claim of claims) {
      expect(claim.text).not.toContain("Alice Monroe");
      expect(claim.text).not.toContain("Denies");
    }
    const body = extractClaims("Harbour Trust chair Ruth Okafor denied any link to the dredging firm.");
    const claim = body.find((c) => c.speaker === "Ruth Okafor");
    expect(claim?.text).toBe("any link to the dredging firm");
  });

  it("never lets a cue run into the next sentence", () => {
    const text = "“I never took a cent,” Monroe wrote on X. Her lawyer said she may sue.";
    const quote = extractClaims(text).find((c) => c.text.includes("never took a cent"));
    expect(quote?.speaker).toBe("Monroe");
    expect(quote?.cue).toBe("Monroe wrote on X");
    const titled = extractClaims("“The pier is safe,” Sen. Jane Roe said on Monday.").find((c) =>
      c.text.includes("pier"),
    );
    expect(titled?.cue).toBe("Sen. Jane Roe said on Monday");
  });

  it("never gives a second clause's words to the first clause ('The company is appealing…, and it said')", () => {
    for (const text of [
      "Lyle Ferries was fined in March. It is appealing the fine, and it said the ruling was wrong.",
      "Lyle Ferries was fined in March. The company is appealing the fine, and it said the ruling was wrong.",
      "Lyle Ferries was fined in March. The company is appealing the fine and said the ruling was wrong.",
    ]) {
      const claim = extractClaims(text).find((c) => c.text.includes("ruling was wrong"));
      expect(claim?.speaker ?? "", text).not.toMatch(/appealing/);
      expect(claim?.cue ?? "", text).toMatch(/said$/);
    }
    const shared = extractClaims("The company is appealing the fine and said the ruling was wrong.");
    expect(shared.find((c) => c.text.includes("ruling was wrong"))?.speaker).toBe("The company");
    // A list of names before the verb is still read as before, and so is a relative clause.
    const reed = extractClaims("Reed, who backed the bill, and later opposed it, has said the fares must fall.");
    expect(reed.find((c) => c.text.includes("fares must fall"))?.speaker).toBe("Reed");
  });

  it("gives a passive cue's subject no words ('The mayor was accused of…', 'She is said to…')", () => {
    for (const text of [
      "The mayor was accused of taking bribes from two harbour contractors.",
      "Councillor Ana Ruiz has been criticised for delaying the ferry contract.",
      "The minister is widely said to favour a later vote on the budget.",
    ]) {
      for (const claim of extractClaims(text)) {
        expect(claim.speaker ?? null, text).toBeNull();
        expect(claim.kind, text).toBe("unattributed_fact");
      }
    }
    // Still a speaker: the subject of "was quoted as saying".
    const quoted = extractClaims("Ana Ruiz was quoted as saying the contract would be signed in May.");
    expect(quoted.find((c) => c.text.includes("signed in May"))?.speaker).toBe("Ana Ruiz");
  });

  it("does not take whom a report cites for what it says ('The report cited an unnamed aide')", () => {
    for (const text of [
      "The report cited an unnamed aide.",
      "The Harbour Gazette cited two people familiar with the talks.",
    ]) {
      for (const claim of extractClaims(text)) expect(claim.kind, text).toBe("unattributed_fact");
    }
  });

  it("takes no capitalised opener for a name ('Nearly 3 in 10 ferry users … want')", () => {
    const text =
      "A survey of ferry users was published on Monday. Nearly 3 in 10 ferry users in each of the harbour towns want the late sailing restored.";
    for (const claim of extractClaims(text, { everySpeaker: true }))
      expect(claim.speaker, claim.text).not.toBe("Nearly");
  });

  it("gives a group that opens a 'But…' sentence its own words, not the last speaker's", () => {
    const text =
      "Ferry users backed the plan. But most members of the harbour board don’t foresee any change before spring.";
    const claims = extractClaims(text, { everySpeaker: true });
    const board = claims.find((c) => c.text.includes("before spring"));
    expect(board?.speaker).not.toBe("Ferry users");
  });

  it("suggests no claim for a saying the text denies took place ('has never said', 'would not confirm', 'No official has claimed')", () => {
    for (const text of [
      "Ann Roe has never said that the port would close.",
      "Tom Voss didn't tell reporters that the deal was dead.",
      "No official has claimed that the water was safe.",
      "The ministry would not confirm that the ship had sunk.",
      "Ann Roe never alleged that Tom Voss took bribes.",
      "The minister did not deny that talks had taken place.",
      "The harbour board did not mention the ferry company by name.",
    ]) {
      for (const claim of extractClaims(text, { everySpeaker: true })) {
        expect(claim.kind, text).toBe("unattributed_fact");
        expect(claim.speaker, text).toBeNull();
      }
    }
    // What a speaker says is not so is still their claim.
    const said = extractClaims("Ann Roe said that the port would not close.");
    expect(said.find((c) => c.text.includes("would not close"))?.speaker).toBe("Ann Roe");
  });

  it("never gives a person's later words to the people around them ('Sources close to the prime minister')", () => {
    const office = extractClaims(
      "Sources close to the prime minister told the BBC he would resign. The prime minister's office denied the report.",
      { everySpeaker: true },
    ).find((c) => c.cue?.includes("denied"));
    expect(office?.speaker).toBe("The prime minister's office");
    const later = extractClaims(
      "A spokesman for the prime minister said the trip was cancelled. The prime minister later said it was not.",
      { everySpeaker: true },
    ).find((c) => c.cue?.includes("later said"));
    expect(later?.speaker).not.toBe("A spokesman for the prime minister");
  });

  it("gives a person's own words to them, not to 'Allies of' them", () => {
    const claims = extractClaims("Allies of Ann Roe said she would resign. Ann Roe said she would not.", {
      everySpeaker: true,
    });
    expect(claims.find((c) => c.text === "she would not")?.speaker).toBe("Ann Roe");
  });
});
