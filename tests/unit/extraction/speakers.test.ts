import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { buildChain } from "../../../lib/extraction/judge-route.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("speakers", () => {
  it("gives a surname its full name from an earlier mention, and 'he' to the last person who spoke", () => {
    const text = [
      "Chancellor Friedrich Olsen met President Ana Duarte in Lisbon on Monday.",
      "Olsen said the two governments would sign a gas deal next month.",
      "He added that Duarte had agreed to the price.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "gas deal").speaker).toBe("Friedrich Olsen");
    expect(findClaimAbout(claims, "agreed to the price").speaker).toBe("Friedrich Olsen");
  });

  it("resolves 'she' to the speaker, not to the last person merely mentioned", () => {
    const text = [
      "At the summit, Premier Kate Lund urged Governor Paul Reyes to release the funds.",
      "She said that the money had been approved in March.",
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "approved in March").speaker).toBe("Kate Lund");
  });

  it("resolves 'she' to the last speaker who can be 'she', passing over a man who spoke since", () => {
    const text = [
      "Senator Laura Pike said that the bill would pass by Friday.",
      "Her spokesman, Brian Cole, said the vote had been scheduled.",
      "She said the opposition had no plan of its own.",
      "Ms. Arden Voss, a lobbyist, said that the bill was rushed.",
      "Mr. Kiran Osei said the lobby had spent heavily.",
      "She added that the costs were hidden.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "no plan of its own").speaker).toBe("Laura Pike");
    // No first name tells here: the article's "Ms." does.
    expect(findClaimAbout(claims, "costs were hidden").speaker).toBe("Arden Voss");
  });

  it("lets a first name the list genders wrongly ('Lindsey', 'Florent') be 'he'", () => {
    const text = [
      "Senator Omar Fitch said the budget would balance.",
      "Senator Lindsey Hale said the audit was late.",
      "He said the auditors had asked for more time.",
      "Senator Ines Varga said the vote would wait.",
      "Senator Florent Dubreuil said the bridge was sound.",
      "He added that the cables had been replaced.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "asked for more time").speaker).toBe("Lindsey Hale");
    expect(findClaimAbout(claims, "cables had been replaced").speaker).toBe("Florent Dubreuil");
  });

  it("takes the name after a role as the speaker, not the name that says whose role it is", () => {
    const text = [
      "Governor Mark Dunn toured the plant on Monday.",
      "Dunn campaign spokesman Eli Brandt said that the tour had been planned for weeks.",
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "planned for weeks").speaker).toBe("Eli Brandt");
  });

  it("finds the speaker before an appositive when the verb is followed by where it was said", () => {
    const text = [
      "Critics of the plan were quick to respond.",
      '"This is a giveaway to the largest donors," Nora Vance, a writer for the Harbour Review, said on Twitter.',
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "giveaway").speaker).toBe("Nora Vance");
  });

  it("does not read a sentence's opening word as part of a name", () => {
    const text = "Although E.U. leaders met twice, they agreed on little.\nE.U. leaders warned that the bloc must act.";
    expect(findClaimAbout(extractClaims(text), "bloc must act").speaker).not.toMatch(/^Although/);
  });

  it("does not read 'the president' as the vice president", () => {
    const text = [
      "Vice President Dana Holt sat beside President Omar Reyes at the ceremony.",
      "The museum, the president said, would tell the story of the whole country.",
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "story of the whole country").speaker).toBe("Omar Reyes");
  });

  it("reads a title descriptor as the person holding the title", () => {
    const text = [
      "Brazilian President Lucas Moreira visited the flooded region on Friday.",
      "In a speech there, the Brazilian president said that reconstruction would take two years.",
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "reconstruction").speaker).toBe("Lucas Moreira");
  });

  it("reads 'the newspaper', 'one of the people' and 'the company' as who was named before", () => {
    const text = [
      "Talks between Helix Motors and a Korean battery maker have stalled, people familiar with the matter said.",
      "No new meeting has been scheduled, one of the people said.",
      "Helix Motors declined to comment.",
      "Separately, Helix Motors said that it would recall 12,000 vehicles.",
      "The recall covers cars built in 2023, the company said in a statement.",
      "The Daily Telegraph reported that the battery maker wanted better terms.",
      "The talks could resume in the autumn, the newspaper said.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "No new meeting").speaker).toBe("people familiar with the matter");
    expect(findClaimAbout(claims, "covers cars built").speaker).toBe("Helix Motors");
    expect(findClaimAbout(claims, "could resume").speaker).toBe("The Daily Telegraph");
  });

  it("keeps an office or a role at an institution as the speaker", () => {
    const text = [
      "The president's office said that the visit had been postponed.",
      "Analysts at Harbor Bank said that the delay would weigh on the currency.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "postponed").speaker).toBe("The president's office");
    expect(findClaimAbout(claims, "weigh on the currency").speaker).toBe("Analysts at Harbor Bank");
  });

  it("leaves a party or rank word before a name out of the speaker, and reads 'Gov.' as a title", () => {
    const text = [
      "Former Ohio Gov. Nate Brennan said the primary would be close.",
      "Republican Lara Quist said that the count had been fair.",
      "Democrat Omar Selby told supporters that the system was rigged.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "primary would be close").speaker).toBe("Nate Brennan");
    expect(findClaimAbout(claims, "count had been fair").speaker).toBe("Lara Quist");
    expect(findClaimAbout(claims, "system was rigged").speaker).toBe("Omar Selby");
  });

  it("expands a shared surname to the person the honorific or the first mention points to", () => {
    const text = [
      "Senator Karen Marsh and her husband, Peter Marsh, campaigned in Ohio on Monday.",
      "Mr. Marsh said the race was close.",
      "Governor Alan Pike opened the fair. Linda Pike, a teacher, joined the crowd later.",
      "Pike said that the fair would return next year.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "race was close").speaker).toBe("Peter Marsh");
    expect(findClaimAbout(claims, "fair would return").speaker).toBe("Alan Pike");
  });

  it("reads 'he' as the person who opens the sentence before it in the paragraph", () => {
    const text = [
      "Mayor Jon Reyes said the budget was fair.",
      "Governor Sam Ortega is touring the flooded towns this week. He said the state would pay for the repairs.",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "pay for the repairs").speaker).toBe("Sam Ortega");
  });

  it("never takes a lone determiner for a speaker: 'This initiative, referred to as…' is no attribution", () => {
    const text =
      "This initiative, referred to as a “coalition of the willing,” could be deployed following any ceasefire agreement with Russia.";
    for (const claim of extractClaims(text)) {
      expect(claim.speaker).not.toBe("This");
      expect(claim.chain.at(-1)).toBe("this article");
    }
  });

  it("ends every chain with this article, whatever the names before it", () => {
    const route = { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "default" as const };
    expect(buildChain({ name: "This", kind: "unknown" }, route)).toEqual(["This", "this article"]);
    expect(buildChain({ name: "This Day", kind: "outlet" }, route)).toEqual(["This Day", "this article"]);
  });
});
