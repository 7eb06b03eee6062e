import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { buildPeopleRegistry, findNames } from "../../../lib/extraction/find-names.ts";
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

  it("reads 'he' after an opening phrase as opening its paragraph, so the last paragraph's subject is meant", () => {
    const text = [
      "Senator Paul Ostrander said the strike was illegal.",
      "Governor Ravel has also spoken about the strike.",
      "On Friday, he told a crowd in Yakima that he was worried about the harvest.",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "worried about the harvest").speaker).toBe("Ravel");
  });

  it("does not take the time opening a clause ('Last week') for its subject", () => {
    const text = [
      "Mining chief Ada Kessler spoke to shareholders on Monday.",
      "Last week Kessler in a radio interview appeared to blame the contractors for the spill.",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "contractors for the spill").speaker).toBe("Ada Kessler");
  });

  it("does not give a place the title of the role that opens the next clause", () => {
    const text = [
      "Mayor Ilse Brandt visited the harbour on Monday.",
      "Nobody was hurt by the blast in Westport, the mayor said on Tuesday.",
      "The mayor also said that the ferry would run again by Friday.",
    ].join(" ");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "ferry would run").speaker).toBe("Ilse Brandt");
  });

  it("resolves a role that no title ties to a name to the person opening the latest sentence", () => {
    const text = [
      "Governor Tom Reyes said the budget was balanced.",
      "Senator Hugo Lindqvist flew back from Helena on Monday.",
      "In June, the Montana senator called on colleagues to repeal the budget.",
    ].join(" ");
    expect(findClaimAbout(extractClaims(text), "repeal the budget").speaker).toBe("Hugo Lindqvist");
  });

  it("drops an epithet no name list knows before a first name ('Crooked Hillary Clinton')", () => {
    const text = ["Senators Margaret Ellery and Tom Voss met on Monday.", "Ellery said the farm bill was dead."].join(
      " ",
    );
    expect(findClaimAbout(extractClaims(text), "farm bill").speaker).toBe("Margaret Ellery");
  });

  it("reads no participle opening a sentence as part of the name after it ('Debating Voss')", () => {
    const text = [
      "Senator Margaret Ellery spoke in Salem on Monday.",
      "Debating Voss on the radio, she said the farm bill was dead.",
      "Joining Ellery at the rally, Tom Voss said the bill would pass.",
      "The Voting Rights Act was cited by both.",
    ].join(" ");
    const claims = extractClaims(text);
    expect(findNames(text).map((n) => n.text)).toEqual(
      expect.arrayContaining(["Voss", "Ellery", "The Voting Rights Act"]),
    );
    expect(findNames(text).map((n) => n.text)).not.toContain("Debating Voss");
    expect(findClaimAbout(claims, "farm bill").speaker).toBe("Margaret Ellery");
    expect(findClaimAbout(claims, "would pass").speaker).toBe("Tom Voss");
  });

  it("registers no person from the words of a title-case headline alone ('Derelict Voss')", () => {
    const text = [
      "Derelict Voss and Ellery Clash on Farm Bill",
      "",
      "Senator Margaret Ellery met Tom Voss in Salem on Monday.",
      "Voss said the farm bill was dead.",
    ].join("\n");
    expect(buildPeopleRegistry(text).map((p) => p.name)).not.toContain("Derelict Voss");
    expect(findClaimAbout(extractClaims(text), "farm bill was dead").speaker).toBe("Tom Voss");
  });

  it("keeps a parenthesis that wink cuts after an abbreviation ('(D-S.C.)') in its sentence", () => {
    const text = "“We are not used to the howls,” added Rep. Ada Fenn (D-S.C.), the whip. “These are howls.”";
    expect(findClaimAbout(extractClaims(text), "howls,").cue).toContain("the whip");
  });

  it("gives each turn of a transcript to the person its label names", () => {
    const text = [
      "Chris Wallace interviewed Governor Dana Pruitt on Sunday.",
      "WALLACE: Will the governor sign the water bill this week?",
      "PRUITT: Well, look, I will sign it when the budget is balanced.",
      "WALLACE: And if it is not?",
      "PRUITT: Then the bill waits.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "sign the water bill")).toMatchObject({ speaker: "Chris Wallace", cue: "WALLACE:" });
    expect(findClaimAbout(claims, "budget is balanced")).toMatchObject({ speaker: "Dana Pruitt", cue: "PRUITT:" });
    expect(findClaimAbout(claims, "bill waits").speaker).toBe("Dana Pruitt");
  });

  it("does not read a single capitalised heading as a transcript", () => {
    const text = ["UPDATE: The mayor resigned on Friday.", "Jo Marsh said the council would meet on Monday."].join(
      "\n\n",
    );
    expect(findClaimAbout(extractClaims(text), "mayor resigned").speaker).toBeNull();
  });

  it("gives a quotation signed after a dash to its signer", () => {
    const text = [
      "Readers wrote to us about the vote.",
      "“The council forgot the river towns. We deserve better.” ― Ana Ruiz",
      "“How did we get this low?”― Marco Tellez Vidal.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "river towns")).toMatchObject({
      kind: "direct_quote",
      speaker: "Ana Ruiz",
      cue: "― Ana Ruiz",
      text: "“The council forgot the river towns. We deserve better.”",
    });
    expect(findClaimAbout(claims, "this low").speaker).toBe("Marco Tellez Vidal");
  });
});
