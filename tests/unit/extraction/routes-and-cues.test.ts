import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { extractClaimAbout, findClaimAbout } from "./find-claim.ts";

describe("reported speech", () => {
  it("takes the clause after 'that' as the paraphrase", () => {
    const claim = extractClaimAbout(
      "Energy Minister Jonas Berg clarified that the plant would close in 2027.",
      "plant",
    );
    expect(claim).toMatchObject({
      kind: "paraphrase",
      text: "the plant would close in 2027",
      speaker: "Jonas Berg",
      cue: "Energy Minister Jonas Berg clarified that",
    });
  });

  it("takes the clause after 'said' when there is no 'that'", () => {
    const claim = extractClaimAbout("Police said two men had been arrested at the border.", "arrested");
    expect(claim.text).toBe("two men had been arrested at the border");
    expect(claim.speaker).toBe("Police");
  });

  it("takes the clause before a closing attribution and a second one after 'adding that'", () => {
    const claims = extractClaims(
      "Three ships were seized overnight, the navy said on Sunday, adding that all crews were safe.",
    );
    expect(findClaimAbout(claims, "Three ships").speaker).toBe("the navy");
    expect(findClaimAbout(claims, "all crews were safe").text).toBe("all crews were safe");
  });

  it("makes a plain factual sentence an unattributed fact reaching the article directly", () => {
    const claim = extractClaimAbout("The bridge was built in 1932 and carries two railway lines.", "1932");
    expect(claim).toMatchObject({
      kind: "unattributed_fact",
      speaker: null,
      cue: null,
      indirect: false,
      chain: ["this article"],
    });
  });

  it("leaves out notes about the reporting itself", () => {
    const claims = extractClaims("The company declined to comment.\nThe figures could not be independently verified.");
    expect(claims).toEqual([]);
  });

  it("carries the speaker over to a following sentence that continues the paraphrase", () => {
    const text = "Minister Ada Novak said that the army would not be sent abroad. Instead, it would guard the borders.";
    const claim = extractClaimAbout(text, "guard the borders");
    expect(claim.speaker).toBe("Ada Novak");
    expect(claim.text.startsWith("it would guard")).toBe(true);
  });
});

describe("routes to the article", () => {
  it("marks a claim carried by other outlets indirect and names them", () => {
    const claim = extractClaimAbout(
      "As reported by El Diario and La Razón, Senator Luis Vega said that the vote would be delayed.",
      "vote would be delayed",
    );
    expect(claim.indirect).toBe(true);
    expect(claim.sources).toEqual(expect.arrayContaining(["El Diario", "La Razón"]));
    expect(claim.chain).toEqual(["Luis Vega", "El Diario / La Razón", "this article"]);
  });

  it("carries 'according to the reports' back to the outlets and speaker named earlier in the paragraph", () => {
    const text =
      "As reported by El Diario and La Razón, Senator Luis Vega said that the vote would be delayed. The session could move to June, according to the reports.";
    const claim = extractClaimAbout(text, "move to June");
    expect(claim.speaker).toBe("Luis Vega");
    expect(claim.indirect).toBe(true);
    expect(claim.sources).toEqual(expect.arrayContaining(["El Diario", "La Razón"]));
  });

  it("reads 'Y quoted X as saying' as X speaking through Y", () => {
    const claim = extractClaimAbout(
      "Die Welt quoted Economy Minister Petra Kühn as saying that subsidies would end.",
      "subsidies",
    );
    expect(claim).toMatchObject({ speaker: "Petra Kühn", indirect: true, sources: ["Die Welt"] });
  });

  it("treats remarks to other journalists as second-hand, and keeps that route for 'he added'", () => {
    const text = [
      "In an interview with the BBC, Defence Secretary Paul Grant said that more troops would be sent.",
      "He added that the deployment would last a year.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "more troops").indirect).toBe(true);
    expect(findClaimAbout(claims, "last a year")).toMatchObject({
      speaker: "Paul Grant",
      indirect: true,
      sources: ["BBC"],
    });
  });

  it("treats talking to regional newspapers as second-hand even with no outlet named", () => {
    const claim = extractClaimAbout(
      "Governor Rita Sousa told reporters from regional newspapers that the dam was safe.",
      "dam was safe",
    );
    expect(claim.indirect).toBe(true);
  });

  it("treats unnamed sources as indirect", () => {
    const claim = extractClaimAbout(
      "The bank is preparing to sell its Asian unit, people familiar with the matter said.",
      "Asian unit",
    );
    expect(claim).toMatchObject({ speaker: "people familiar with the matter", indirect: true });
  });

  it("treats a press conference, a statement or a post as first-hand", () => {
    const text = [
      "Mayor Tim Ross said at a news conference that the tunnel would open in May.",
      "The transport ministry said in a statement that tolls would stay unchanged.",
      "Councillor Amy Lake wrote on X that the plan was too expensive.",
    ].join("\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "tunnel would open").indirect).toBe(false);
    expect(findClaimAbout(claims, "tolls would stay").indirect).toBe(false);
    expect(findClaimAbout(claims, "too expensive").indirect).toBe(false);
  });

  it("treats 'told Reuters' as first-hand in Reuters copy, from its dateline or the given outlet", () => {
    const wire = "LONDON (Reuters) - A spokesperson for the regulator told Reuters that the review was complete.";
    expect(extractClaimAbout(wire, "review was complete").indirect).toBe(false);
    const plain = "A spokesperson for the regulator told Reuters that the review was complete.";
    expect(extractClaimAbout(plain, "review was complete").indirect).toBe(true);
    expect(findClaimAbout(extractClaims(plain, { ownOutlet: "Reuters" }), "review was complete").indirect).toBe(false);
  });

  it("reads an outlet citing people as those people speaking through the outlet", () => {
    const claim = extractClaimAbout(
      "The airline will cut 2,000 jobs, Bloomberg News reported, citing two executives.",
      "2,000 jobs",
    );
    expect(claim).toMatchObject({ speaker: "two executives", indirect: true, sources: ["Bloomberg News"] });
  });

  it("reads reasons cited by a speaker as no one speaking ('citing low harbour fees')", () => {
    const claim = extractClaimAbout(
      "“The port will grow again,” Mayor Ilse Brandt said, citing low harbour fees and a new rail link.",
      "grow again",
    );
    expect(claim.speaker).toBe("Ilse Brandt");
  });

  it("keeps what a denial denies as the claim, without its speaker and cue", () => {
    const claim = extractClaimAbout("The ministry denied any involvement in the leak.", "involvement");
    expect(claim.text).toBe("any involvement in the leak");
    expect(claim.cue).toBe("The ministry denied");
  });
});
