// "he", "she": the person a pronoun continues. The subject of the latest sentence before it
// comes first, then the last named speaker, then the last person mentioned; a person whose
// gender contradicts the pronoun is passed over, one of unknown gender never is.

import { type DiscourseState, genderOf, honorificFits, recentSpeakers, type Speaker } from "./discourse-state.ts";
import { expandPersonName, findNames, isPersonName, isRegisteredPerson, splitTitle } from "./find-names.ts";
import { TITLE_WORDS } from "./name-lexicon.ts";
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

// An attribution closing its sentence after the content ("The stakes are high, Roe said.",
// "“…,” said Ann Roe, a lawyer."): its speaker is the sentence's subject, whoever the content
// opens with ("Voss's plan failed, Roe said. He…" continues Roe).
const CLOSING_CUE =
  "(?:said|says|added|adds|wrote|writes|noted|notes|told|tells|explained|argued|insisted|warned|recalled)";
const CUE_BEFORE_SPEAKER = new RegExp(String.raw`(?:,|[”"’]|'')\s*${CLOSING_CUE}\s+$`);
const CONTENT_BEFORE = /(?:,|[”"’]|'')\s*$/;
const CUE_AFTER_SPEAKER = new RegExp(String.raw`^\s+${CLOSING_CUE}\b`);
// After "said Ann Roe": the sentence's end or her description ("Roe, a lawyer", "Roe (D-Va.)"),
// not a clause she reports ("…, said Roe had lied" is the content after the cue).
const SPEAKER_CLOSES = /^\s*(?:[.,;(]|$)/;

// "Political analyst Ann Roe agreed…", "Harbour Board spokesman Tom Voss said…": a sentence opening
// with the role of the person named right after it. At most four words before the name.
const ROLE_OPENING = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+|\n\s*)(?:[\p{L}'’-]+\s+){0,3}(?:${[...TITLE_WORDS].filter((w) => /^[a-z]+$/.test(w)).join("|")})\s+$`,
  "u",
);
// "On Friday, Roe said…", "Speaking in Salem, Harbour Board spokesman Tom Voss repeated…", "But
// Roe…": a connective or an introductory phrase closed by a comma opens the sentence before its
// subject. Each phrase at most 80 characters, at most two of them.
const OPENER =
  /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:On|In|At|After|Before|During|Since|By|For|With|Under|Over|Like|Unlike|Despite|Throughout|Until|When|While|Although|Though|As|Once|Speaking|Asked|Earlier|Later|Last|Still|Meanwhile|However|Instead|Now)\b[^,.;!?\n]{0,80},\s+){1,2}(?:(?:But|And|Yet|So|Still|Then)\s+)?$|(?:^|[.!?]["”’)]?\s+|\n\s*)(?:But|And|Yet|So|Still|Then)\s+$/;
// The last words of `text`, enough for ROLE_OPENING and OPENER, so a long window is not scanned
// again for each name in it.
const lastWords = (text: string) => text.slice(-200);

// The subject of the latest sentence before `at` ("Kasich is telling a crowd… He says…"), whose
// gender does not contradict the pronoun: a sentence's subject is what "he" most often
// continues, whether or not the extractor found that sentence's attribution. The subject is the
// name opening the sentence, after any opening phrase or role, or the speaker of an attribution
// closing it; never a name inside a quotation.
export function lastSubject(state: DiscourseState, at: number, gender: Gender | null): Speaker | null {
  const para = state.text.lastIndexOf("\n", at - 1) + 1;
  // "On Wednesday, he told…" opens its paragraph as much as "He told…": no sentence ends before it.
  // A sentence ending inside a quotation ("“The pier is a ruin. …,” he said") ends none of the
  // article's own sentences.
  const opensParagraph = !/[.!?]["”’)]?\s/.test(state.masked.slice(para, at));
  const prev = opensParagraph ? state.text.slice(0, para).trimEnd().lastIndexOf("\n") + 1 : para;
  const from = Math.max(0, at - 1500, prev);
  const window = state.text.slice(from, at);
  // Names inside a quotation are the speaker's words, not the subjects of the article's sentences.
  const mentions = findNames(state.masked.slice(from, at)).reverse();
  for (const m of mentions) {
    const before = window.slice(0, m.start);
    const lead = lastWords(before);
    // "On television, Mr. Trump's campaign chairman, Paul Manafort, said…": a possessive after an
    // opening phrase only says whose.
    const possessive = /^['’]/.test(window.slice(m.end));
    const opens =
      /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(before) || (!possessive && (ROLE_OPENING.test(lead) || OPENER.test(lead)));
    const after = state.text.slice(from + m.end, from + m.end + 24);
    const closes =
      (CUE_BEFORE_SPEAKER.test(lead) && SPEAKER_CLOSES.test(after)) ||
      (CONTENT_BEFORE.test(lead) && CUE_AFTER_SPEAKER.test(after));
    if (!opens && !closes) continue;
    const { name, title } = splitTitle(m.text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    if (!name || !(isRegisteredPerson(name, state.people) || isPersonName(name, Boolean(title)))) continue;
    const full = expandPersonName(name, state.people, honorificFits(m.text, state));
    if (!isPlainName(full) && !isRegisteredPerson(name, state.people)) continue;
    if (gender && (genderOf(full, state) ?? gender) !== gender) continue;
    // "Mrs. Clinton" is never "he", even where the article names a Mr. Clinton too.
    const honorific = /^(?:(Mr)|Mrs|Ms|Miss)\.?\s/.exec(m.text);
    if (gender && honorific && (honorific[1] ? "male" : "female") !== gender) continue;
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
