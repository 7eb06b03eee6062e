import { describe, expect, it } from "vitest";
import { keyedSlug, slugify, uniqueSlug } from "@/lib/articles/slugify";

describe("slugify", () => {
  it("folds a French headline to readable ASCII", () => {
    expect(slugify("Macron : « pas de déploiement massif » en Ukraine")).toBe(
      "macron-pas-de-deploiement-massif-en-ukraine",
    );
    expect(slugify("Zoë’s café: “Déjà vu” in Kraków")).toBe("zoes-cafe-deja-vu-in-krakow");
  });

  it("joins apostrophes into the word rather than making a dash", () => {
    expect(slugify("Macron’s office says no recording exists")).toBe("macrons-office-says-no-recording-exists");
    expect(slugify("L'Élysée dément")).toBe("lelysee-dement");
  });

  it("has no leading, trailing or doubled dashes", () => {
    expect(slugify("  — Starmer: ceasefire now! —  ")).toBe("starmer-ceasefire-now");
    expect(slugify("30 leaders / 2 weeks")).toBe("30-leaders-2-weeks");
  });

  it("caps the length at 80 without ending in a dash", () => {
    const title = `${"a".repeat(79)} bcd`;
    const slug = slugify(title);
    expect(slug).toBe("a".repeat(79));
    const long = slugify(
      "Coalition of the willing: what Macron told regional French newspapers about troops in Ukraine and why no recording exists",
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify("x".repeat(200))).toHaveLength(80);
  });

  it('falls back to "article" when nothing readable is left', () => {
    expect(slugify("")).toBe("article");
    expect(slugify("!!! — ???")).toBe("article");
    expect(slugify("Путин")).toBe("article");
  });
});

describe("uniqueSlug", () => {
  it("keeps a free slug", () => {
    expect(uniqueSlug("macron-troops", new Set(["starmer-call"]))).toBe("macron-troops");
  });

  it("numbers a taken slug from 2", () => {
    expect(uniqueSlug("macron-troops", new Set(["macron-troops"]))).toBe("macron-troops-2");
  });

  it("skips numbers already taken", () => {
    expect(uniqueSlug("macron-troops", new Set(["macron-troops", "macron-troops-2", "macron-troops-3"]))).toBe(
      "macron-troops-4",
    );
  });
});

describe("keyedSlug", () => {
  it("puts the key after the title's words", () => {
    expect(keyedSlug("Ministers meet on Monday", "k7mq2x9d")).toBe("ministers-meet-on-monday-k7mq2x9d");
  });
});
