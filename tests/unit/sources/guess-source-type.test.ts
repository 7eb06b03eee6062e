import { describe, expect, it } from "vitest";
import { guessSourceType } from "@/lib/sources/guess-source-type";

describe("guessSourceType", () => {
  it.each([
    ["Reuters", "OUTLET"],
    ["The New York Times", "OUTLET"],
    ["La Dépêche du Midi", "OUTLET"],
    ["Le Parisien", "OUTLET"],
    ["Le Monde", "OUTLET"],
    ["Süddeutsche Zeitung", "OUTLET"],
    ["BBC", "OUTLET"],
    ["Ministry of Health", "ORGANIZATION"],
    ["Macron's office (Élysée)", "ORGANIZATION"],
    ["Kremlin", "ORGANIZATION"],
    ["NATO", "ORGANIZATION"],
    ["White House", "ORGANIZATION"],
    ["people familiar with the matter", "GROUP"],
    ["journalists from regional French newspapers", "GROUP"],
    ["EU diplomats", "GROUP"],
    ["Élysée statement", "OFFICIAL_STATEMENT"],
    ["Downing Street readout", "OFFICIAL_STATEMENT"],
    ["court filing", "DOCUMENT"],
    ["Senate report", "DOCUMENT"],
    ["press conference", "EVENT"],
    ["virtual summit", "EVENT"],
    ["video of the speech", "RECORDING"],
    ["transcript of the hearing", "RECORDING"],
    ["census data set", "DATASET"],
  ] as const)("guesses %s → %s", (name, type) => {
    expect(guessSourceType(name)).toBe(type);
  });

  it("reads names regardless of accents and case", () => {
    expect(guessSourceType("ÉLYSÉE STATEMENT")).toBe("OFFICIAL_STATEMENT");
    expect(guessSourceType("la dépêche du midi")).toBe("OUTLET");
  });

  it("matches whole words only", () => {
    // "Newsome" contains "news", "Apple" contains "ap": neither is an outlet.
    expect(guessSourceType("Gavin Newsome")).toBe("UNKNOWN");
    expect(guessSourceType("Anne Applebaum")).toBe("UNKNOWN");
  });

  it("records no type for a name it cannot classify, rather than guess a person", () => {
    for (const name of ["Zoë Ngata", "Emmanuel Macron", "Siobhán O’Connor", "Acme", ""]) {
      expect(guessSourceType(name)).toBe("UNKNOWN");
    }
  });
});
