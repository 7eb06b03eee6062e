// What the article has established so far for resolving speakers: the people it names, the
// outlets and speakers seen in order, and the gender of each name as the article shows it.
import type { Person } from "./find-names.ts";
import { type Gender, readGender } from "./person-gender.ts";

export type SpeakerKind = "person" | "outlet" | "org" | "group" | "document" | "unknown";
export type Speaker = { name: string; kind: SpeakerKind };

export type DiscourseState = {
  people: Person[];
  outletNames: string[];
  lastPerson: Speaker | null;
  lastGroup: Speaker | null;
  lastOutlets: string[];
  // Every named speaker and outlet in order of appearance, for "the company" or "the agency".
  history: Speaker[];
  // The article, for the gender of a name (person-gender.ts), read once per name.
  text: string;
  // The article with the words inside quotation marks masked (find-quotes.ts): a name a speaker
  // says is not one the article's own sentences are about.
  masked: string;
  genders: Map<string, Gender | null>;
};

export function createDiscourseState(people: Person[], text = "", masked = text): DiscourseState {
  return {
    people,
    outletNames: [],
    lastPerson: null,
    lastGroup: null,
    lastOutlets: [],
    history: [],
    text,
    masked,
    genders: new Map(),
  };
}

export function genderOf(name: string, state: DiscourseState): Gender | null {
  if (!state.genders.has(name)) state.genders.set(name, readGender(name, state.text));
  return state.genders.get(name) ?? null;
}

// "La Dépêche" → "La Dépêche du Midi" once the full name has appeared.
export function expandOutletName(name: string, state: DiscourseState): string {
  // A lowercase "the" is the sentence's, a capitalised one the outlet's own ("The Sunday Times").
  const bare = name.replace(/^the\s+/, "");
  const full = state.outletNames.find((o) => o !== bare && o.startsWith(`${bare} `));
  return full ?? bare;
}

export function noteOutlets(names: string[], state: DiscourseState): string[] {
  const expanded = names.map((n) => expandOutletName(n, state));
  for (const n of expanded) {
    if (!state.outletNames.includes(n)) state.outletNames.push(n);
    state.history.push({ name: n, kind: "outlet" });
  }
  if (expanded.length > 0) state.lastOutlets = expanded;
  return expanded;
}

// "Mr. Clinton" is not Hillary Clinton: with an honorific, only a person whose gender does not
// contradict it.
export function honorificFits(mention: string, state: DiscourseState): (name: string) => boolean {
  const said = /^(?:(Mr)|Mrs|Ms|Miss)\.?\s/.exec(mention.trim());
  if (!said) return () => true;
  const gender: Gender = said[1] ? "male" : "female";
  return (name) => (genderOf(name, state) ?? gender) === gender;
}

// How far back "he", "it" or "the company" look among the speakers seen: far beyond any news
// article's cast, and a bound on the work per pronoun in a text of thousands of attributions.
const RECENT_SPEAKERS = 200;

/** The speakers seen so far, newest first, at most RECENT_SPEAKERS of them. */
export function recentSpeakers(state: DiscourseState): Speaker[] {
  return state.history.slice(-RECENT_SPEAKERS).reverse();
}

// Remember who spoke, so later pronouns and descriptors can find them.
export function noteSpeaker(speaker: Speaker, state: DiscourseState): void {
  if (speaker.kind !== "outlet") state.history.push(speaker);
  if (speaker.kind === "person" || speaker.kind === "unknown") state.lastPerson = speaker;
  else if (speaker.kind === "group") state.lastGroup = speaker;
  else if (speaker.kind === "outlet") noteOutlets([speaker.name], state);
}
