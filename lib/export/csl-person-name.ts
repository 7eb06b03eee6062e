// A person's name in a citation: CSL family + given only where the split is clear, else one
// literal name. A role word read as a given name ("Councillor" of "Councillor Smith") would state
// a name nobody recorded.
import { TITLE_WORDS } from "../extraction/name-lexicon";

export type CslName = { family: string; given?: string } | { literal: string };

// Lower-case particles start a family name ("Ursula von der Leyen"); capitalised ones only
// when a further word follows ("Jean-Yves Le Drian").
const NAME_PARTICLES = new Set([
  "de",
  "del",
  "della",
  "der",
  "di",
  "da",
  "du",
  "la",
  "le",
  "van",
  "von",
  "den",
  "ter",
  "dos",
  "das",
]);

// Role words ("Councillor Smith", "Dr Okafor") are not given names: a name holding one stays
// literal, as does any name with a lower-case word that is not a particle ("a council aide").
const ROLE_WORDS = new Set([
  ...TITLE_WORDS,
  "councillor",
  "councilor",
  "councilman",
  "councilwoman",
  "alderman",
  "alderwoman",
  "assemblyman",
  "assemblywoman",
  "dean",
  "father",
  "sister",
  "brother",
  "reverend",
  "rev",
  "mx",
  "miss",
  "madam",
  "monsieur",
  "madame",
  "herr",
  "frau",
]);

/** A person's name as CSL family + given, or `{ literal }` when the split is not certain. */
export function splitPersonName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name };
  const unsure = words.some((word) => {
    const bare = word.toLowerCase().replace(/[.,]/g, "");
    return ROLE_WORDS.has(bare) || (/^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(bare));
  });
  if (unsure) return { literal: name };
  const particle = words.findIndex(
    (word, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word.toLowerCase()),
  );
  const familyStart = particle > 0 ? particle : words.length - 1;
  return { family: words.slice(familyStart).join(" "), given: words.slice(0, familyStart).join(" ") };
}
