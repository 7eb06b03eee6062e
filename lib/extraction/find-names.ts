// Capitalised name sequences, titles and the article's register of people, so that "Macron"
// can be read as "Emmanuel Macron" and "the French president" as the person carrying that title.

import { CALENDAR_WORDS, DESCRIPTOR_WORDS, isOutletName, ORG_WORDS, PLACE_WORDS, TITLE_WORDS } from "./name-lexicon.ts";
import { isKnownFirstName } from "./person-gender.ts";

export type NameMention = { start: number; end: number; text: string };
export type Person = { name: string; title: string | null; at: number };

// A trailing dot belongs to the word only for initials and honorifics, not at a sentence end.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-.'’]\p{L}[\p{L}\p{M}]*)*(?<!['’]s)(?:(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Sens|Rep|Reps|Gov|Pres|Atty|Jr|Lt|Col|Capt|Sgt|\p{Lu}))\.)?`;
const PARTICLE = "(?:du|de|des|la|le|van|von|der|den|da|di|del|della|al|bin|ibn|el|y|of)";
const NAME_RE = new RegExp(String.raw`${WORD}(?:(?:[ \t]+${PARTICLE}[ \t]+|[ \t]+)${WORD})*`, "gu");

export function findNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    let value = m[0];
    let start = m.index;
    // Sentence-initial function words are capitalised but never part of a name.
    const lead =
      /^(?:(?:A|An|The|This|These|Those|Its|Their|His|Her|Our|In|On|At|As|If|But|And|Or|However|Instead|Asked|Speaking|According|During|After|Before|While|When|Although|Though|With|Without|Overall|Meanwhile|Because|Since|Despite|Under|For|From|Unlike|Like|Yet|So|Still|Then|Now|Even|Also|Both|Many|Some|Most|All|Few|Several|Other|Such|What|Why|How|Where|Whether|Once|Until|Among|Amid|Through|Throughout|By|To|Of|Into|Against|Without|Whatever|Whenever|Perhaps|Maybe|Indeed|Not|No|Every|Each|Any|Neither|Either|Nor|Last|Next|Earlier|Later|Today|Yesterday|Tonight)[ \t]+)+/u.exec(
        value,
      );
    if (lead && !/^The\b/.test(value)) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    // "Debating Clinton, he…", "Joining Rubio on stage…": a participle opening the clause is no
    // part of the name after it (a first name such as "Sterling" is).
    const participle = /^(\p{Lu}\p{Ll}{2,}ing)[ \t]+(?=\p{Lu})/u.exec(value);
    if (
      participle &&
      !isKnownFirstName(participle[1] ?? "") &&
      /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)) &&
      isPersonName(value.slice(participle[0].length), true)
    ) {
      start += participle[0].length;
      value = value.slice(participle[0].length);
    }
    // "University of" or "Dépêche du" cannot end a name.
    value = value.replace(/[ \t]+(?:of|de|du|la|le)$/u, "");
    if (value) out.push({ start, end: start + value.length, text: value });
  }
  return out;
}

const bareWord = (w: string) => w.toLowerCase().replace(/\.$/, "");

// "French President Emmanuel Macron" → title "French President", name "Emmanuel Macron".
export function splitTitle(sequence: string): { name: string; title: string | null } {
  const words = sequence.split(/[ \t]+/);
  let last = -1;
  words.forEach((w, i) => {
    if (TITLE_WORDS.has(bareWord(w))) last = i;
  });
  // "Republican Donald Trump": a leading party or rank word describes the person named after it.
  let described = 0;
  while (described < words.length - 1 && DESCRIPTOR_WORDS.has(bareWord(words[described] ?? ""))) described++;
  const cut = Math.max(last + 1, described);
  if (cut === 0) return { name: sequence, title: null };
  // "Secretary of State Jane Doe", "Minister for Trade Ann Roe": the title runs through "of
  // State"; the name is the last two words, three with a middle initial.
  if (/^(?:of|for)$/i.test(words[cut] ?? "") && words.length - cut > 3) {
    const initial = /^\p{Lu}\.$/u.test(words[words.length - 2] ?? "");
    const own = words.length - cut - 1 > 3 && initial ? 3 : 2;
    return { name: words.slice(-own).join(" "), title: words.slice(0, -own).join(" ") };
  }
  return { name: words.slice(cut).join(" "), title: words.slice(0, cut).join(" ") };
}

export function looksLikeOrganisation(phrase: string): boolean {
  return phrase.split(/[\s’']+/).some((w) => ORG_WORDS.has(bareWord(w)));
}

// A person's name: one to four capitalised words that are not an institution, a place, a date or
// an outlet. Single words count only with a title or when they repeat a registered surname.
export function isPersonName(name: string, titled: boolean): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  if (/^the$/i.test(words[0] ?? "")) return false;
  if (isOutletName(name) || looksLikeOrganisation(name)) return false;
  if (words.some((w) => PLACE_WORDS.has(bareWord(w)) || CALENDAR_WORDS.has(bareWord(w)))) return false;
  if (words.every((w) => /^\p{Lu}+\.?$/u.test(w))) return false; // acronyms: NATO, U.K.
  return titled || words.length >= 2;
}

const PLACE_PREPOSITION = /\b(?:in|at|from|to|of|near|into|across|over|toward|towards|between|and)\s*$/i;
const ROLE_NOUN =
  "(?:governor|mayor|minister|spokesman|spokeswoman|spokesperson|author|president|director|chief|executive|official|envoy|commander|ambassador|senator|adviser|advisor|analyst|researcher|economist)";
const LOWER_TITLE = new RegExp(String.raw`\b((?:[a-z]+\s+){0,2}${ROLE_NOUN})\s+$`);
// The role after the name: "Jane Doe, a city spokeswoman," or "John Smith is the mayor."
// "Chelsea, the mayor said" is a new clause, not an apposition: the role must close the phrase.
const TITLE_AFTER = new RegExp(
  String.raw`^(?:,\s+|\s+(?:is|was|has\s+been)\s+)(?:a|an|the)\s+((?:[a-z]+\s+){0,2}?${ROLE_NOUN})\b(?=\s*[,.;:)—–-]|\s+(?:of|for|at|in|to|and|who|from|with|on)\b|\s*$)`,
);

// A line set in title case, as headlines are ("Derelict Voss And Ellery Trade Blows Over Farm
// Bill"): every word capitalised but the short function words title case leaves lowercase, so
// capitals there do not mark names. A sentence of names ("Ann Roe met Tom Voss in Salem") has
// a lowercase verb.
const TITLE_CASE_LOWER = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs?\.?)$/;
function titleCaseLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const line of text.split("\n")) {
    const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_LOWER.test(w));
    if (words.length >= 4 && lower.length === 0) out.push([from, from + line.length]);
    from += line.length + 1;
  }
  return out;
}

// The lines of `text` outside the given title-case lines, joined by line breaks.
function linesOutside(text: string, headlines: Array<[number, number]>): string {
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of headlines) {
    parts.push(text.slice(from, s));
    from = e;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

export function buildPeopleRegistry(text: string): Person[] {
  const people: Person[] = [];
  const headlines = titleCaseLines(text);
  // A name holds no line break, so it is used outside the title-case lines exactly when one of
  // the other lines holds it: those lines are searched once per distinct name, not per mention.
  const inHeadline = (at: number) => {
    let lo = 0;
    let hi = headlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((headlines[mid]?.[1] ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo < headlines.length && at >= (headlines[lo]?.[0] ?? 0);
  };
  let otherLines: string | null = null;
  const usedElsewhere = new Map<string, boolean>();
  for (const mention of findNames(text)) {
    // A name read only in a title-case line is registered only if the text uses it elsewhere too.
    if (inHeadline(mention.start)) {
      otherLines ??= linesOutside(text, headlines);
      let elsewhere = usedElsewhere.get(mention.text);
      if (elsewhere === undefined) {
        elsewhere = otherLines.includes(mention.text);
        usedElsewhere.set(mention.text, elsewhere);
      }
      if (!elsewhere) continue;
    }
    const { name, title } = splitTitle(mention.text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const lowerTitle = LOWER_TITLE.exec(before)?.[1] ?? null;
    const titleAfter = TITLE_AFTER.exec(text.slice(mention.end, mention.end + 80))?.[1] ?? null;
    const fullTitle = [lowerTitle, title, titleAfter].filter(Boolean).join(" ") || null;
    const sentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before);
    if (!fullTitle && PLACE_PREPOSITION.test(before)) continue;
    if (!isPersonName(name, Boolean(fullTitle))) continue;
    if (sentenceStart && !fullTitle && name.split(" ").length < 2) continue;
    people.push({
      name: dropEpithet(name.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+/, "")),
      title: fullTitle,
      at: mention.start,
    });
  }
  return people;
}

// "Crooked Hillary Clinton", "Senators Charles E. Grassley": a capitalised word that no name list
// knows, before a first name that one does, is an epithet or a title, not part of the name.
function dropEpithet(name: string): string {
  const words = name.split(" ");
  if (words.length < 3 || isKnownFirstName(words[0] ?? "") || !isKnownFirstName(words[1] ?? "")) return name;
  return words.slice(1).join(" ");
}

// The fullest registered name ending with (or equal to) a short mention: "Macron" → "Emmanuel
// Macron". When several people share the surname ("Melania Trump", "Donald Trump"), the one the
// article named first is meant, unless `fits` rules them out ("Mr. Clinton" is not Hillary
// Clinton); that person's longest form is returned ("Donald J. Trump" over "Donald Trump").
const AROUND = /^\p{Lu}\p{Ll}+s\s+(?:of|for|to|close\s+to)\s/u;

export function expandPersonName(
  short: string,
  people: Person[],
  fits: (name: string) => boolean = () => true,
): string {
  const clean = short.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+/, "").trim();
  // "Allies of Ann Roe", "Friends of Tom Voss": people around the person, never the person.
  const candidates = (namesByEnding(people).get(clean) ?? []).filter((name) => name === clean || !AROUND.test(name));
  const first = candidates.find((name) => fits(name));
  if (first === undefined) return clean;
  const words = new Set(first.split(" "));
  let best = clean;
  for (const name of candidates) {
    const own = name.split(" ");
    const samePerson = own.every((w) => words.has(w)) || [...words].every((w) => own.includes(w));
    if (samePerson && fits(name) && name.length > best.length) best = name;
  }
  return best;
}

export function isRegisteredPerson(name: string, people: Person[]): boolean {
  return namesByEnding(people).has(name);
}

// The registered names ending with each possible short mention — the whole name and what follows
// each of its spaces ("Donald J. Trump" under itself, "J. Trump" and "Trump") — each name once,
// in the order the register first gives it. Built once per register, so that a lookup costs the
// few names sharing an ending rather than the whole register; a register is not changed once
// looked up (its length is checked all the same).
const endingIndexes = new WeakMap<Person[], { length: number; byEnding: Map<string, string[]> }>();
function namesByEnding(people: Person[]): Map<string, string[]> {
  const known = endingIndexes.get(people);
  if (known && known.length === people.length) return known.byEnding;
  const byEnding = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { name } of people) {
    if (seen.has(name)) continue;
    seen.add(name);
    let space = -1;
    do {
      const ending = name.slice(space + 1);
      const names = byEnding.get(ending);
      if (names) names.push(name);
      else byEnding.set(ending, [name]);
      space = name.indexOf(" ", space + 1);
    } while (space >= 0);
  }
  endingIndexes.set(people, { length: people.length, byEnding });
  return byEnding;
}

const RANK_MODIFIERS = new Set(["vice", "deputy", "assistant", "former", "acting", "associate", "under", "sub"]);

// "the French president" → the person whose title holds every word of the descriptor.
export function findPersonByTitle(descriptor: string, people: Person[]): Person | null {
  const words = descriptor
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || !words.some((w) => TITLE_WORDS.has(w))) return null;
  let found: Person | null = null;
  for (const p of people) {
    const title = (p.title ?? "").toLowerCase();
    const titleWords = title.split(/[\s-]+/);
    // "the president" is not the vice president, nor "the minister" a deputy minister.
    const lesser = titleWords.some((w) => RANK_MODIFIERS.has(w) && !words.includes(w));
    if (title && !lesser && words.every((w) => titleWords.includes(w) || title.includes(w))) found = p;
  }
  return found;
}
