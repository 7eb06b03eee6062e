// The chain a suggestion proposes follows the text: outlets a speaker told come first, outlets
// that reported it after them, one serial step per phrase; outlets side by side only where the
// text names them together.
import { describe, expect, it } from "vitest";
import { PARALLEL_SEPARATOR } from "../../../lib/annotation/annotation-file.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("relayed claims", () => {
  it("chains a speaker, the outlet told, then the outlets that reported it; a fresh 'Okafor said' is first-hand", () => {
    const body =
      "Meridian's chief executive, Paul Okafor, told the Harbour Gazette that the company had been warned about crane maintenance, as reported by the Coastal Herald and Maritime Daily on Wednesday. Okafor said the company would cooperate fully with the review.";
    const [first, second] = extractClaims(body);
    expect(first).toMatchObject({
      text: "the company had been warned about crane maintenance",
      speaker: "Paul Okafor",
      indirect: true,
      chain: ["Paul Okafor", "Harbour Gazette", `Coastal Herald${PARALLEL_SEPARATOR}Maritime Daily`, "this article"],
    });
    expect(first!.chain).not.toContain(`Coastal Herald / Maritime Daily / Harbour Gazette`);
    expect(second).toMatchObject({
      text: "the company would cooperate fully with the review",
      speaker: "Paul Okafor",
      indirect: false,
      chain: ["Paul Okafor", "this article"],
    });
  });

  it.each([
    [
      "X told Outlet",
      "The mayor, Lena Ortiz, told the Valley Courier that the dam would be repaired by June.",
      "dam would be repaired",
      "Valley Courier",
    ],
    [
      "as reported by",
      "Lena Ortiz said the dam would be repaired by June, as reported by the Valley Courier.",
      "dam would be repaired",
      "Valley Courier",
    ],
    [
      "according to",
      "The dam will be repaired by June, according to the Valley Courier.",
      "dam will be repaired",
      "Valley Courier",
    ],
    [
      "Outlet reported",
      "The Valley Courier reported that the dam would be repaired by June.",
      "dam would be repaired",
      "Valley Courier",
    ],
  ])("%s: indirect, with the outlet on the route", (_form, body, about, outlet) => {
    const claim = findClaimAbout(extractClaims(body), about);
    expect(claim.indirect).toBe(true);
    expect(claim.chain.join(" > ")).toContain(outlet);
    expect(claim.chain[claim.chain.length - 1]).toBe("this article");
  });

  it("keeps outlets named in different phrases as separate steps, never side by side", () => {
    const body =
      "Lena Ortiz told the Valley Courier that the dam would be repaired by June, according to the Hill Times.";
    const claim = findClaimAbout(extractClaims(body), "dam would be repaired");
    expect(claim.chain).toEqual(["Lena Ortiz", "Valley Courier", "Hill Times", "this article"]);
  });
});
