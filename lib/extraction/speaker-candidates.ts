// Who else a suggestion's speaker might be: the people the article named most recently before
// the claim, each under the fullest name the article gives them, and the speakers of the claims
// before it. Used to ask the editor when the extractor's speaker is uncertain, most likely first.
import { buildPeopleRegistry, expandPersonName, type Person } from "./find-names.ts";
import { type Gender, readGender } from "./person-gender.ts";

// How far back the candidates are looked for: enough for a paragraph or two of copy, and a
// bound on the work per claim whatever the article's length.
const MAX_MENTIONS_BACK = 60;
const MAX_CANDIDATES = 5;

export type PeopleIndex = {
  people: Person[];
  // Fullest name of each registered mention, by index into `people` (sorted by `at`).
  fullNames: string[];
  genders: Map<string, Gender | null>;
  text: string;
};

/** The article's register of people, sorted by offset, with each mention's fullest name. */
export function indexPeople(text: string): PeopleIndex {
  const people = buildPeopleRegistry(text).sort((a, b) => a.at - b.at);
  return { people, fullNames: people.map((p) => expandPersonName(p.name, people)), genders: new Map(), text };
}

function genderOfName(index: PeopleIndex, name: string): Gender | null {
  if (!index.genders.has(name)) index.genders.set(name, readGender(name, index.text));
  return index.genders.get(name) ?? null;
}

/**
 * Distinct people named before UTF-16 offset `at`, latest mention first, under their fullest
 * names; with `gender`, only those whose known gender does not contradict it. At most
 * MAX_MENTIONS_BACK mentions are read.
 */
export function recentPeople(index: PeopleIndex, at: number, gender: Gender | null = null): string[] {
  let hi = index.people.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.people[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - MAX_MENTIONS_BACK; i--) {
    const name = index.fullNames[i] ?? "";
    if (!name || out.includes(name)) continue;
    const own = gender ? genderOfName(index, name) : null;
    if (gender && own && own !== gender) continue;
    out.push(name);
  }
  return out;
}

/** The gender a pronoun mention asks for: "he" male, "she" female, anything else none. */
export function genderOfMention(mention: string | null): Gender | null {
  const word = mention?.trim().toLowerCase();
  return word === "he" ? "male" : word === "she" ? "female" : null;
}

/**
 * Names the speaker of a claim at `at` might be, most likely first: the extractor's own reading,
 * then (for he/she) the people of that gender, (for other mentions) the earlier claims' speakers
 * and the people named, latest first. At most MAX_CANDIDATES names, none repeated.
 */
export function listSpeakerCandidates(
  index: PeopleIndex,
  at: number,
  speaker: string,
  mention: string | null,
  earlierSpeakers: string[],
): string[] {
  const gender = genderOfMention(mention);
  const people = recentPeople(index, at, gender);
  const ordered = gender ? [speaker, ...people] : [speaker, ...earlierSpeakers, ...people];
  const out: string[] = [];
  for (const name of ordered) {
    const clean = name.trim();
    if (clean && !out.some((o) => o.toLowerCase() === clean.toLowerCase())) out.push(clean);
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}
