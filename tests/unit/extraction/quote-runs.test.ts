import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a quotation interrupted by its attribution", () => {
  it("is one direct quote from the first opening mark to the last closing one", () => {
    const text = "“The dam will hold,” engineer Lena Berg said on Monday. “We checked every gate twice.”";
    const claims = extractClaims(text).filter((c) => c.speaker !== null);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      kind: "direct_quote",
      speaker: "Lena Berg",
      text: "“The dam will hold,” engineer Lena Berg said on Monday. “We checked every gate twice.”",
    });
  });

  it("is one direct quote when a title's stop lies in the attribution ('said Sen. Ann Roe')", () => {
    const text =
      "“The dam will hold,” said Sen. Ann Roe (D-Maine), a member of the port board. “We checked every gate.”";
    const claims = extractClaims(text).filter((c) => c.speaker !== null);
    expect(claims.map((c) => c.text)).toEqual([text]);
  });

  it("stays two claims when a cue opens a sentence of its own ('But he added')", () => {
    const text = "“The dam will hold,” Mr. Berg said at the briefing. But he added, “We may still close a gate.”";
    const claims = extractClaims(text, { everySpeaker: true }).filter((c) => c.kind === "direct_quote");
    expect(claims).toHaveLength(2);
  });

  it("stays two claims when the second piece has an attribution of its own", () => {
    const text = "“The dam will hold,” engineer Lena Berg said. “We checked every gate twice,” she added.";
    const claims = extractClaims(text).filter((c) => c.speaker !== null);
    expect(claims.map((c) => c.text)).toEqual(["“The dam will hold,”", "“We checked every gate twice,”"]);
  });

  it("stays two claims across a paragraph break or a sentence of narrative", () => {
    const split = "“The dam will hold,” engineer Lena Berg said.\n“We checked every gate twice.”";
    expect(extractClaims(split).filter((c) => c.kind === "direct_quote")).toHaveLength(2);
    const narrative =
      "“The dam will hold,” engineer Lena Berg said. The crowd by the river cheered loudly. “We checked every gate twice.”";
    const claims = extractClaims(narrative);
    expect(findClaimAbout(claims, "The dam will hold").text).toBe("“The dam will hold,”");
  });

  it("stays two claims when the first piece ends its sentence and a new attribution introduces the next", () => {
    const text =
      "When the panel sneered, Tom Voss called them on it: “The questions show why voters distrust the press.” Voss continued: “You look at the questions. Can you do math?”";
    const quotes = extractClaims(text, { everySpeaker: true }).filter((c) => c.kind === "direct_quote");
    expect(quotes.map((c) => [c.text, c.speaker, c.cue])).toEqual([
      ["“The questions show why voters distrust the press.”", "Tom Voss", ":"],
      ["“You look at the questions. Can you do math?”", "Tom Voss", "continued:"],
    ]);
    // A first piece cut at a comma is still one statement with what follows its attribution.
    const one = "“The dam will hold,” Lena Berg said, “and we checked every gate twice.”";
    expect(extractClaims(one).filter((c) => c.speaker !== null)).toHaveLength(1);
  });

  it("does not join the quotes of two speakers", () => {
    const text = "“The dam will hold,” engineer Lena Berg said. “It will not,” farmer Tom Pike said.";
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "The dam will hold").speaker).toBe("Lena Berg");
    expect(findClaimAbout(claims, "It will not").speaker).toBe("Tom Pike");
  });
});

describe("a quotation running over paragraphs", () => {
  it("is one direct quote when its paragraph ends with no closing mark and the next opens one", () => {
    const text =
      "Mayor Ana Ruiz spoke to the crowd on Sunday. Ruiz said, “We came here with nothing. We built the harbour with our own hands.\n“Now the council wants to sell it. We will not let that happen.”\nThe council did not reply.";
    const claims = extractClaims(text, { everySpeaker: true }).filter((c) => c.speaker !== null);
    expect(claims.map((c) => [c.kind, c.text, c.speaker])).toEqual([
      [
        "direct_quote",
        "“We came here with nothing. We built the harbour with our own hands.\n“Now the council wants to sell it. We will not let that happen.”",
        "Ana Ruiz",
      ],
    ]);
  });

  it("stays two claims when the first paragraph's quotation is closed", () => {
    const text =
      "Mayor Ana Ruiz spoke to the crowd on Sunday. Ruiz said, “We came here with nothing.”\n“Now the council wants to sell it. We will not let that happen.”\nThe council did not reply.";
    const claims = extractClaims(text, { everySpeaker: true }).filter((c) => c.speaker !== null);
    expect(claims).toHaveLength(2);
  });
});

describe("quotation pieces that each have their own attribution", () => {
  it("stay apart when the same words attribute each piece ('“A,” said Sen. Ann Roe. “B,” said Sen. Ann Roe.')", () => {
    for (const text of [
      "“The dam will hold,” said Sen. Ann Roe. “The gates are fine,” said Sen. Ann Roe. “We are ready,” said Sen. Ann Roe.",
      "“The dam will hold,” Roe said. “The gates are fine,” Roe said.",
    ]) {
      const quotes = extractClaims(text, { everySpeaker: true }).filter((c) => c.kind === "direct_quote");
      expect(
        quotes.map((c) => c.text),
        text,
      ).toEqual(text.match(/“[^”]*”/g));
    }
  });
});
