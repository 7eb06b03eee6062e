import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { isPersonName, splitTitle } from "../../../lib/extraction/find-names.ts";
import { findClaimAbout } from "./find-claim.ts";

// Which words of a sentence name its speaker, when other phrases stand between the name and the verb.
describe("speaker phrases", () => {
  it("passes over a participle clause after the name", () => {
    const text =
      "Local organiser Mary Lund, wearing a Lakeside Festival cap covered in badges, said she was proud of the turnout.";
    expect(findClaimAbout(extractClaims(text), "proud of the turnout").speaker).toBe("Mary Lund");
  });

  it("passes over the verb's auxiliary, its time and the rest of a relative clause", () => {
    const claims = extractClaims(
      [
        "The city council, in a long and tense meeting that ran past midnight, has said it would cut the budget.",
        "Ann Roe, who backed the bill, and later opposed it, last week said the vote was rigged.",
      ].join("\n"),
    );
    expect(findClaimAbout(claims, "cut the budget").speaker).toBe("The city council");
    expect(findClaimAbout(claims, "vote was rigged").speaker).toBe("Ann Roe");
  });

  it("reads no report in whom someone argued with", () => {
    const claims = extractClaims("Tom Hale, a fisherman, argued with Bill Ortiz, the harbour master, on Monday.");
    expect(claims.map((claim) => [claim.kind, claim.speaker])).toEqual([["unattributed_fact", null]]);
  });

  it("never takes 'in a statement' or 'in an interview' for the speaker or the claim", () => {
    const claims = extractClaims(
      [
        "Tom Reed runs the Doe campaign.",
        "“We will win this state by a large margin,” Tom Reed, Doe’s campaign manager, said in a statement.",
        "“We have the volunteers,” Doe’s field director, Ann Lowe, said in an interview.",
      ].join("\n"),
    );
    expect(findClaimAbout(claims, "large margin").speaker).toBe("Tom Reed");
    expect(findClaimAbout(claims, "the volunteers").speaker).toBe("Ann Lowe");
    expect(claims.filter((c) => /^in an? /.test(c.text) || /^in an? /.test(c.speaker ?? ""))).toEqual([]);
  });

  it("gives a phrase running into its predicate to the name opening it, not to a name in the predicate", () => {
    const claims = extractClaims(
      [
        "Ruth Nwosu toured the harbour district on Friday.",
        "Tabor praised Nwosu’s record on the docks and said the candidate would carry the county.",
        "Mr. Kessler had doubled down on his remarks about Nwosu and said the plan was unaffordable.",
      ].join("\n"),
    );
    expect(findClaimAbout(claims, "carry the county").speaker).toBe("Tabor");
    expect(findClaimAbout(claims, "plan was unaffordable").speaker).toBe("Kessler");
  });

  it("takes no sentence's first word or unknown plural for the subject of such a phrase", () => {
    const claims = extractClaims(
      [
        "Ruth Nwosu spoke at the pier on Friday; she repeated her pledge.",
        "She promised the workers new cranes and said the port would double its trade.",
        "Cheers erupted when Nwosu finished and said the vote would be close.",
      ].join("\n"),
    );
    expect(findClaimAbout(claims, "double its trade").speaker).toBe("Ruth Nwosu");
    expect(findClaimAbout(claims, "vote would be close").speaker).not.toBe("Cheers");
  });

  it("never gives a lone 'The' as the speaker of ', saying…'", () => {
    const text = [
      "Harbour master Ines Barros closed the pier on Monday.",
      "The veteran harbour master has given no timetable, saying only that the pier would reopen once the storm passed.",
    ].join("\n");
    const claim = findClaimAbout(extractClaims(text), "pier would reopen");
    expect(claim.speaker).not.toBe("The");
  });

  it("runs a title through 'of State' to the person's name", () => {
    expect(splitTitle("Former Secretary of State Jane Doe")).toEqual({
      name: "Jane Doe",
      title: "Former Secretary of State",
    });
    expect(splitTitle("Minister for Trade Ann B. Roe")).toEqual({ name: "Ann B. Roe", title: "Minister for Trade" });
    const text = "Former Secretary of State Jane Doe said the plan would fail.";
    expect(findClaimAbout(extractClaims(text), "plan would fail").speaker).toBe("Jane Doe");
  });
});

describe("short labelled contents", () => {
  it("keeps a two-word content the labeller attributes ('endorsed Tom Reed')", () => {
    const text = "Senator Ann Roe endorsed Tom Reed at a rally in Dayton on Monday.";
    const claim = findClaimAbout(extractClaims(text), "Tom Reed");
    expect(claim.speaker).toBe("Ann Roe");
    expect(claim.text).toBe("Tom Reed");
  });

  it("takes neither what a speaker was asked about nor a misread speaker name for a claim", () => {
    const claims = extractClaims(
      [
        "Asked about the audit, Jane Doe said the books were in order.",
        "Russian forces fired 40 missiles at the port overnight, the navy said on Sunday, adding that 31 had been shot down.",
      ].join("\n"),
    );
    expect(findClaimAbout(claims, "books were in order").speaker).toBe("Jane Doe");
    expect(claims.filter((c) => c.text === "the audit" || c.text === c.speaker)).toEqual([]);
  });
});

describe("events are not people", () => {
  it("never reads a convention or a summit as the person 'he' stands for", () => {
    const text = [
      "The budget vote is set for Friday.",
      "",
      "But on Thursday at the Democratic State Convention in Salem, he spoke out in favour of the plan to widen the road.",
    ].join("\n");
    expect(isPersonName("State Convention", true)).toBe(false);
    expect(isPersonName("Harbour Summit", false)).toBe(false);
    expect(extractClaims(text).filter((c) => /Convention/.test(c.speaker ?? ""))).toEqual([]);
  });

  it("passes over a sentence adverb between commas ('however', 'for example') to the subject", () => {
    const text = [
      "The board met on Monday to discuss the merger.",
      "Critics of the merger, however, say it would raise prices for farmers.",
      "Dana Whitlow, the county treasurer, for example, said the merger was rushed.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "raise prices").speaker).toBe("Critics of the merger");
    expect(findClaimAbout(claims, "merger was rushed").speaker).toBe("Dana Whitlow");
  });

  it("reads 'said of the purchase' as what the quotation is about, not its speaker or its content", () => {
    const text = [
      "“We wanted to keep the orchard,” Omar Fitch, the town manager, said of the purchase.",
      "“It was a bargain,” Ines Varga said of the sale.",
    ].join("\n\n");
    const claims = extractClaims(text);
    const orchard = findClaimAbout(claims, "keep the orchard");
    expect([orchard.speaker, orchard.kind]).toEqual(["Omar Fitch", "direct_quote"]);
    const bargain = findClaimAbout(claims, "It was a bargain");
    expect([bargain.speaker, bargain.kind, bargain.text]).toEqual([
      "Ines Varga",
      "direct_quote",
      "“It was a bargain,”",
    ]);
    expect(claims.some((c) => c.text === "of the sale")).toBe(false);
  });
});
