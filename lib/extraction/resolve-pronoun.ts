// "he", "she": the person a pronoun continues. The subject opening the latest sentence before it
// comes first, then the last named speaker, then the last person mentioned; a person whose
// gender contradicts the pronoun is passed over, one of unknown gender never is.

import { type DiscourseState, genderOf, honorificFits, recentSpeakers, type Speaker } from "./discourse-state.ts";
import { expandPersonName, findNames, isPersonName, isRegisteredPerson, splitTitle } from "./find-names.ts";
import type { Gender } from "./person-gender.ts";

// "he" is a named person far more often than an unnamed one ("one questioner", "a woman"):
// the last speaker with a capitalised name whose gender does not contradict the pronoun, else
// the last person who spoke at all.
function lastNamedSpeaker(state: DiscourseState, gender: Gender): Speaker | null {
  // A speaker known to be of the other gender is passed over; an unknown one is not.
  const fits = (h: Speaker) => (genderOf(h.name, state) ?? gender) === gender;
  let capitalised: Speaker | null = null;
  for (const h of recentSpeakers(state)) {
    if (h.kind !== "person" && h.kind !== "unknown") continue;
    if (isPlainName(h.name) && fits(h)) return h;
    if (!capitalised && /^\p{Lu}/u.test(h.name) && !/^(?:The|A|An)\s/.test(h.name) && fits(h)) capitalised = h;
  }
  // The last person who spoke, unnamed or lowercase, only if their gender does not contradict.
  const last = state.lastPerson;
  return capitalised ?? (last && fits(last) ? last : null);
}

// "Tom Clarke" or "Melanie", not "In", "Former Pennsylvania Gov" or "Democrat of Vermont".
function isPlainName(name: string): boolean {
  const found = findNames(name);
  return (
    found.length === 1 &&
    found[0]?.text === name &&
    splitTitle(name).title === null &&
    isPersonName(name, true) &&
    !/^(?:The|A|An|In|On|At|As|Although|When|While|With)\b/.test(name)
  );
}

// The person opening the latest sentence before `at` ("Kasich is telling a crowd… He says…"),
// whose gender does not contradict the pronoun: a sentence's subject is what "he" most often
// continues, whether or not the extractor found that sentence's attribution.
export function lastSubject(state: DiscourseState, at: number, gender: Gender | null): Speaker | null {
  const para = state.text.lastIndexOf("\n", at - 1) + 1;
  // "On Wednesday, he told…" opens its paragraph as much as "He told…": no sentence ends before it.
  const opensParagraph = !/[.!?]["”’)]?\s/.test(state.text.slice(para, at));
  const prev = opensParagraph ? state.text.slice(0, para).trimEnd().lastIndexOf("\n") + 1 : para;
  const from = Math.max(0, at - 1500, prev);
  const window = state.text.slice(from, at);
  const mentions = findNames(window).reverse();
  for (const m of mentions) {
    const before = window.slice(0, m.start);
    if (!/(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(before)) continue;
    const { name, title } = splitTitle(m.text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    if (!name || !(isRegisteredPerson(name, state.people) || isPersonName(name, Boolean(title)))) continue;
    const full = expandPersonName(name, state.people, honorificFits(m.text, state));
    if (!isPlainName(full) && !isRegisteredPerson(name, state.people)) continue;
    if (gender && (genderOf(full, state) ?? gender) !== gender) continue;
    return { name: full, kind: "person" };
  }
  return null;
}

// How far back "he" looks for a person mentioned by any form of the name ("a hoarse-voiced
// Sanders"): the register holds short forms only when they stand alone as a name.
const MENTION_WINDOW = 1500;

// The latest person mentioned before `at`, by a full or a short registered name, whose known
// gender is the pronoun's; null when none in the window is known to be.
function lastMentionOfGender(state: DiscourseState, at: number, gender: Gender): Speaker | null {
  const from = Math.max(0, at - MENTION_WINDOW);
  const mentions = findNames(state.text.slice(from, at)).reverse();
  for (const m of mentions) {
    const { name } = splitTitle(m.text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    if (!name || !isRegisteredPerson(name, state.people)) continue;
    // "Mr. Clinton" is not Hillary Clinton.
    const full = expandPersonName(name, state.people, honorificFits(m.text, state));
    if (genderOf(full, state) === gender) return { name: full, kind: "person" };
  }
  return null;
}

// The people register is in text order: the last one named before `before` is found by binary
// search, and at most RECENT_PEOPLE before it are looked at.
const RECENT_PEOPLE = 200;
function lastMentionedPerson(state: DiscourseState, before: number, gender: Gender): Speaker | null {
  const { people } = state;
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((people[mid]?.at ?? 0) < before) lo = mid + 1;
    else hi = mid;
  }
  let unknown: string | null = null;
  for (let i = lo - 1; i >= Math.max(0, lo - RECENT_PEOPLE); i--) {
    const name = people[i]?.name ?? "";
    const said = genderOf(name, state);
    if (said === gender) return { name, kind: "person" };
    if (!said && unknown === null) unknown = name;
  }
  return unknown === null ? null : { name: unknown, kind: "person" };
}

/** The person "he"/"she"/"him"/"her"/"his" at offset `at` refers to, or null when none fits. */
export function resolvePersonalPronoun(pronoun: string, state: DiscourseState, at: number): Speaker | null {
  const gender: Gender = /^(?:he|him|his)$/i.test(pronoun) ? "male" : "female";
  return (
    lastSubject(state, at, gender) ??
    lastNamedSpeaker(state, gender) ??
    lastMentionOfGender(state, at, gender) ??
    lastMentionedPerson(state, at, gender)
  );
}
