import { describe, expect, it } from "vitest";
import { normalizeSourceName, stripParenthetical } from "@/lib/sources/normalize-source-name";

describe("normalizeSourceName", () => {
  it("spells an outlet one way whatever its accents, case or final punctuation", () => {
    const spellings = ["La Dépêche du Midi", "la depeche du midi", "LA DÉPÊCHE DU MIDI.", "  La  Dépêche-du-Midi  "];
    expect(new Set(spellings.map(normalizeSourceName))).toEqual(new Set(["la depeche du midi"]));
  });

  it("drops straight and curly apostrophes instead of splitting the word", () => {
    expect(normalizeSourceName("Macron’s office")).toBe("macrons office");
    expect(normalizeSourceName("Macron's office")).toBe("macrons office");
    expect(normalizeSourceName("Siobhán O’Connor")).toBe(normalizeSourceName("Siobhan O'Connor"));
    expect(normalizeSourceName("Siobhán O’Connor")).toBe("siobhan oconnor");
  });

  it("folds accents in names from several languages", () => {
    expect(normalizeSourceName("François Bayrou")).toBe("francois bayrou");
    expect(normalizeSourceName("Zoë Ngata")).toBe("zoe ngata");
    expect(normalizeSourceName("El País")).toBe("el pais");
    expect(normalizeSourceName("Élysée")).toBe("elysee");
  });

  it("turns punctuation and parentheses into single spaces", () => {
    expect(normalizeSourceName("Macron's office (Élysée)")).toBe("macrons office elysee");
    expect(normalizeSourceName("Agence France-Presse")).toBe("agence france presse");
    expect(normalizeSourceName("U.S. State Department")).toBe("u s state department");
    expect(normalizeSourceName("“The Guardian”")).toBe("the guardian");
  });

  it("keeps digits and letters outside Latin script", () => {
    expect(normalizeSourceName("BFM TV 24/7")).toBe("bfm tv 24 7");
    expect(normalizeSourceName("Дмитро Кулеба")).toBe("дмитро кулеба");
  });

  it("keeps different sources apart", () => {
    expect(normalizeSourceName("Le Parisien")).not.toBe(normalizeSourceName("La Dépêche du Midi"));
    expect(normalizeSourceName("Le Monde")).not.toBe(normalizeSourceName("Le Monde diplomatique"));
  });
});

describe("stripParenthetical", () => {
  it("removes a trailing parenthetical", () => {
    expect(stripParenthetical("Macron's office (Élysée)")).toBe("Macron's office");
    expect(stripParenthetical("Agence France-Presse (AFP) ")).toBe("Agence France-Presse");
  });

  it("leaves names without a trailing parenthetical alone", () => {
    expect(stripParenthetical("La Dépêche du Midi")).toBe("La Dépêche du Midi");
    expect(stripParenthetical("Office (Élysée) of the President")).toBe("Office (Élysée) of the President");
  });

  it("removes only the last parenthetical", () => {
    expect(stripParenthetical("Ministry of Health (France) (press office)")).toBe("Ministry of Health (France)");
  });
});
