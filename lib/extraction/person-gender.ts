// Which pronoun a named person takes, so that "she" after "Hillary Clinton … Brian Fallon said"
// goes back to Clinton. The article's own words decide first ("Ms. Moore", "the spokeswoman
// Jane Roe"); a first name decides otherwise (gender-detection-from-name, English list first).
import { getGender } from "gender-detection-from-name";

export type Gender = "male" | "female";

const FEMALE_WORDS =
  /\b(?:Ms|Mrs|Miss|Madam|Lady|Dame|Queen|Princess|Sister|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|anchorwoman|first\s+lady|actress|wife|mother|daughter|sister|grandmother|widow)\.?\s+$/i;
const MALE_WORDS =
  /\b(?:Mr|Sir|Lord|King|Prince|Father|Brother|spokesman|chairman|congressman|councilman|businessman|anchorman|husband|father|son|brother|grandfather|widower)\.?\s+$/i;

const UNISEX_NAMES = [
  "alexis",
  "andrea",
  "avery",
  "billie",
  "blair",
  "cameron",
  "casey",
  "dana",
  "devon",
  "dominique",
  "frankie",
  "jackie",
  "jaime",
  "jamie",
  "jean",
  "jesse",
  "jessie",
  "jody",
  "jordan",
  "kelly",
  "kendall",
  "kerry",
  "kim",
  "lee",
  "leslie",
  "lynn",
  "marion",
  "marty",
  "morgan",
  "nicola",
  "pat",
  "quinn",
  "riley",
  "robin",
  "sandy",
  "sasha",
  "shannon",
  "sidney",
  "taylor",
  "terry",
  "tracy",
];

// First names the list genders wrongly, checked against its own files: the French list holds
// "Florent" twice, male then female, and keeps the later entry; the English list gives "Lindsey"
// as female only, though men bear it too (the French list has it male, and the English list is
// read first). "either" lets the article's own words decide ("Mr. Graham", "Sen. … he").
const LIST_ERRORS: ReadonlyMap<string, Gender | "either"> = new Map<string, Gender | "either">([
  ["florent", "male"],
  ["lindsey", "either"],
  // Given names English speakers of either sex bear, which the English list gives one gender
  // ("Sidney" Blumenthal, "Terry" Strada, "Marty" Walz): the article's own words decide.
  ...UNISEX_NAMES.map((n): [string, "either"] => [n, "either"]),
]);

/** The list's gender for a first name (English list first), corrected by LIST_ERRORS. */
function listedGender(first: string): Gender | "either" | "unknown" {
  if (first.length < 2) return "unknown";
  return LIST_ERRORS.get(first.toLowerCase()) ?? getGender(first, "en");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The gender of `name` (a full name, "Tom Clarke", or a single word): the first name's usual
 * gender when the list knows it, else an honorific or a gendered role word right before a
 * mention of the surname in `text` ("Mr. Ban", "spokeswoman Melezia Figueroa"). Null when
 * neither tells, or when the article's words disagree (two people sharing a surname).
 */
export function readGender(name: string, text: string): Gender | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length >= 2) {
    const guess = listedGender((words[0] ?? "").replace(/\.$/, ""));
    if (guess !== "unknown" && guess !== "either") return guess;
  }
  const surname = words[words.length - 1]?.replace(/[.,]$/, "") ?? "";
  const seen = new Set<Gender>();
  // Whether the article writes the word after a first name ("Hillary Clinton"): a surname then.
  let asSurname = false;
  if (surname.length > 1) {
    const mention = new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRegExp(surname)}(?![\p{L}\p{M}])`, "gu");
    let checked = 0;
    for (const m of text.matchAll(mention)) {
      // Only the words just before the mention, and a bounded number of mentions.
      if (++checked > 50) break;
      const near = text.slice(Math.max(0, m.index - 40), m.index);
      const before = near.replace(/(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}$/u, "");
      // "her husband, Bill Clinton": a role word before another first name is that person's.
      const between = near.slice(before.length).split(/\s+/).filter(Boolean);
      if (between.some((w) => w !== words[0] && isKnownFirstName(w))) {
        if (/^\s$/.test(near.slice(-1))) asSurname = true;
        continue;
      }
      const direct = text.slice(Math.max(0, m.index - 6), m.index);
      if (FEMALE_WORDS.test(before) || /\b(?:Ms|Mrs|Miss)\.?\s+$/.test(direct)) seen.add("female");
      if (MALE_WORDS.test(before) || /\bMr\.?\s+$/.test(direct)) seen.add("male");
    }
  }
  if (seen.size === 1) return [...seen][0] ?? null;
  if (seen.size > 1 || words.length !== 1) return null;
  // A name written alone ("Melanie") may be a first name, unless the article uses it as a surname.
  if (asSurname) return null;
  const alone = listedGender(surname);
  return alone === "unknown" || alone === "either" ? null : alone;
}

/** Whether the name lists know `word` as a first name ("Hillary" yes, "Crooked" no). */
export function isKnownFirstName(word: string): boolean {
  const bare = word.replace(/\.$/, "");
  return bare.length >= 2 && getGender(bare) !== "unknown";
}
