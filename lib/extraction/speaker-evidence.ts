// How a suggestion's speaker was found, read back from the article after extraction: the words
// at the claim that stand for the speaker (a name, a pronoun, a description, or none at all when
// the speaker was carried from an earlier sentence), how far back the speaker was last named and
// how many other people were named since. These are the features of the speaker-confidence model
// (speaker-confidence.ts); each is a string, present or absent.
import { findNames, looksLikeOrganisation, type NameMention } from "./find-names.ts";
import { isKnownFirstName } from "./person-gender.ts";
import { genderOfMention, type PeopleIndex, recentPeople } from "./speaker-candidates.ts";
import { isRelayedByOutlet, speakerRouteOf } from "./speaker-route.ts";
import type { SuggestedClaim } from "./suggested-claim.ts";

type MentionKind = "named" | "named_part" | "named_near" | "pronoun" | "description" | "none" | "no_cue";
export type SpeakerEvidence = { features: string[]; mention: string | null; mentionKind: MentionKind };

export type ArticleIndex = {
  text: string;
  names: NameMention[];
  // The words of each name mention, and how many mentions hold each word.
  nameWords: Array<Set<string>>;
  wordCounts: Map<string, number>;
  people: PeopleIndex;
};

// A cue is looked for this far before the claim (carried cues come from an earlier sentence).
const CUE_REACH = 3000;
const PRONOUN = /(?<![\p{L}\p{M}])(he|she|they|it|we|I|you|one|who)(?![\p{L}\p{M}])/iu;
const DESCRIPTION =
  /(?<![\p{L}\p{M}])(?:the|a|an|this|that|his|her|their|its)\s+(?:[\p{L}\p{M}'’-]+\s+){0,4}?[\p{Ll}][\p{L}\p{M}-]+/u;
const SPEECH_VERB =
  /\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|according|add(?:s|ed)?|ask(?:s|ed)?|wr(?:ote|ites?)|stat(?:e|es|ed)|explain(?:s|ed)?|note[sd]?|argue[sd]?|insist(?:s|ed)?|claim(?:s|ed)?|warn(?:s|ed)?|announce[sd]?|report(?:s|ed)?)\b/i;

const bucket = (n: number, edges: number[]): string => {
  const i = edges.findIndex((e) => n < e);
  return i < 0 ? `${edges[edges.length - 1]}+` : `<${edges[i]}`;
};

/** Capitalised words of a speaker's name that may stand for them alone ("Pollak", "Breitbart"). */
function nameWords(speaker: string): string[] {
  return speaker
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").replace(/['’]s$/, ""))
    .filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w) && !/^(?:The|Of|Mr|Mrs|Ms|Dr)$/.test(w));
}

const hasWord = (haystack: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(haystack);

/** The article's names and people, read once for all of its claims. */
export function indexArticle(text: string, people: PeopleIndex): ArticleIndex {
  const names = findNames(text);
  const words = names.map((n) => new Set(n.text.split(/[\s.,]+/).map((w) => w.replace(/['’]s$/, ""))));
  const wordCounts = new Map<string, number>();
  for (const set of words) for (const w of set) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  return { text, names, nameWords: words, wordCounts, people };
}

// The first name mention starting at or after `at` (names are in text order).
function firstNameFrom(index: ArticleIndex, at: number): number {
  let lo = 0;
  let hi = index.names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.names[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the claim's cue stands in the text: the occurrence nearest before (or in) the claim. */
function locateCue(text: string, claim: SuggestedClaim): number {
  if (!claim.cue) return -1;
  const from = Math.max(0, claim.start - CUE_REACH);
  const window = text.slice(from, Math.min(text.length, claim.end + 400));
  let best = -1;
  for (let i = window.indexOf(claim.cue); i >= 0; i = window.indexOf(claim.cue, i + 1)) {
    const at = from + i;
    if (best < 0 || Math.abs(at - claim.start) < Math.abs(best - claim.start)) best = at;
  }
  return best;
}

/** The words standing for the speaker in and around the cue, and what kind of words they are. */
function readMention(
  index: ArticleIndex,
  claim: SuggestedClaim,
  cueAt: number,
): { mention: string | null; kind: MentionKind } {
  const speaker = claim.speaker ?? "";
  const cue = claim.cue;
  if (!cue || cueAt < 0) return { mention: null, kind: "no_cue" };
  // A speaker that is itself a pronoun or holds one ("Later he"): the pronoun is what the text says.
  const own = PRONOUN.exec(speaker)?.[1];
  if (own) return { mention: own, kind: "pronoun" };
  if (cue.includes(speaker)) return { mention: speaker, kind: /^\p{Lu}/u.test(speaker) ? "named" : "description" };
  const words = nameWords(speaker);
  const inCue = words.find((w) => hasWord(cue, w));
  if (inCue) {
    let name: NameMention | undefined;
    for (let i = firstNameFrom(index, cueAt); i < index.names.length; i++) {
      const n = index.names[i] as NameMention;
      if (n.end > cueAt + cue.length) break;
      if (index.nameWords[i]?.has(inCue)) name = n;
    }
    return { mention: name?.text ?? inCue, kind: "named_part" };
  }
  const pronoun = PRONOUN.exec(cue)?.[1];
  if (pronoun) return { mention: pronoun, kind: "pronoun" };
  const description = DESCRIPTION.exec(cue)?.[0];
  if (description) return { mention: description, kind: "description" };
  // "Morris says" with only "says" as the cue: the name just before it, in the same sentence.
  const before =
    index.text
      .slice(Math.max(0, cueAt - 80), cueAt)
      .split(/[.!?\n]\s/)
      .pop() ?? "";
  const near = words.find((w) => hasWord(before, w));
  if (near) return { mention: near, kind: "named_near" };
  // "She opposed…" with only the verb as the cue: the pronoun opening the clause before it.
  const subject = PRONOUN.exec(before.split(/\s+/).slice(-3).join(" "))?.[1];
  if (subject) return { mention: subject, kind: "pronoun" };
  return { mention: null, kind: "none" };
}

/**
 * The features of one attributed claim (`claim.speaker` set), given the speakers of the claims
 * before it in text order. Bounded per claim: the cue is looked for within CUE_REACH characters,
 * names and people within a fixed number of mentions back.
 */
export function describeSpeakerEvidence(
  index: ArticleIndex,
  claim: SuggestedClaim,
  previous: SuggestedClaim | null,
): SpeakerEvidence {
  const { text } = index;
  const speaker = claim.speaker ?? "";
  const cueAt = locateCue(text, claim);
  const { mention, kind } = readMention(index, claim, cueAt);
  const pronoun = kind === "pronoun" ? (mention ?? "").toLowerCase() : "";
  // How the extractor found the speaker (a frame's subject, the labeller's source run, the last
  // speaker carried on…), with how the text names them there.
  const route = speakerRouteOf(claim);
  const f: string[] = ["bias", `m=${kind}`, `k=${claim.kind}`, `m=${kind}&k=${claim.kind}`];
  // Not for a person an outlet quotes or cites: the corpus cannot tell whether they are right.
  if (!isRelayedByOutlet(claim)) f.push(`via=${route}`, `via=${route}&m=${kind}`);
  if (pronoun) f.push(`pron=${pronoun}`, `pron=${pronoun}&k=${claim.kind}`);
  // Where the cue is: in or just before the claim, in the sentence before, or further back.
  const cueDistance = cueAt < 0 ? -1 : Math.max(0, claim.start - (cueAt + (claim.cue?.length ?? 0)));
  const cuePlace =
    cueAt < 0 ? "none" : cueAt >= claim.start && cueAt < claim.end ? "inside" : bucket(cueDistance, [3, 40, 300]);
  const place = cueAt >= claim.end ? "after" : cuePlace;
  f.push(`cue@${place}`, `cue@${place}&m=${kind}`);
  if (claim.cue) {
    f.push(`cuew=${bucket(claim.cue.split(/\s+/).length, [2, 3, 6])}`);
    f.push(SPEECH_VERB.test(claim.cue) ? "verb=known" : "verb=other");
    // The cue's last word, as written ("said", "told", "according to"): rare ones weigh nothing.
    const head = /([\p{L}’']+)\W*$/u.exec(claim.cue)?.[1]?.toLowerCase();
    if (head) f.push(`cueword=${head}`);
    const first = /^[^\p{L}]*([\p{L}’']+)/u.exec(claim.cue)?.[1]?.toLowerCase();
    if (first) f.push(`cuefirst=${first}`);
  }
  // Other people named in the claim's sentence, before its end: two speakers in one sentence.
  const sentenceStart = Math.max(
    text.lastIndexOf("\n", claim.start - 1),
    text.slice(Math.max(0, claim.start - 400), claim.start).search(/[.!?]["”’]?\s+[^.!?]*$/) +
      Math.max(0, claim.start - 400),
  );
  let others = 0;
  for (let i = firstNameFrom(index, Math.max(0, sentenceStart)); i < index.names.length; i++) {
    const n = index.names[i] as NameMention;
    if (n.start >= claim.end) break;
    if (index.people.fullNames.length && !nameWords(speaker).some((w) => index.nameWords[i]?.has(w))) others++;
    if (others > 3) break;
  }
  f.push(`others=${bucket(others, [1, 2, 4])}`, `others=${bucket(others, [1, 2, 4])}&m=${kind}`);
  // The claim itself reports someone's words ("… said Y had warned that …"): a nested attribution.
  if (SPEECH_VERB.test(claim.text)) f.push("content_has_cue");
  // The speaker's own shape: a fragment of lowercase words, a pronoun, a person's name.
  const words = speaker.split(/\s+/).length;
  f.push(`spkw=${bucket(words, [2, 3, 4, 6])}`);
  if (/^\p{Ll}/u.test(speaker)) f.push("spk=lower", `spk=lower&m=${kind}`);
  else if (/\s(?!(?:of|the|for|and|de|van|von|al)\s)\p{Ll}/u.test(speaker)) f.push("spk=mixed_case");
  if (PRONOUN.test(speaker) && words === 1) f.push("spk=pronoun");
  // A speaker of one word: a first name, a surname the article gives a person, or another word
  // ("Perhaps", "Generation") that only opened the sentence.
  if (words === 1) {
    const person = index.people.fullNames.some((n) => n === speaker || n.endsWith(` ${speaker}`));
    f.push(isKnownFirstName(speaker) ? "spk1=first_name" : person ? "spk1=surname" : "spk1=other");
  }
  if (looksLikeOrganisation(speaker)) f.push("spk=org");
  if (/^\p{Ll}/u.test(speaker)) f.push(`spkhead=${speaker.split(/\s+/).pop()?.toLowerCase()}`);
  const people = recentPeople(index.people, claim.start, genderOfMention(mention));
  const rank = people.indexOf(speaker);
  const isPerson = index.people.fullNames.includes(speaker);
  f.push(isPerson ? "spk=person" : "spk=not_person");
  // How many other people (of the pronoun's gender) were named since the speaker last was.
  const rivals = rank < 0 ? (isPerson ? "far" : "n/a") : bucket(rank, [1, 2, 3]);
  f.push(`rivals=${rivals}`, `rivals=${rivals}&m=${kind}`);
  // How far back the speaker was last named (outside the claim's own words).
  const own = nameWords(speaker);
  let last = -1;
  for (let i = firstNameFrom(index, claim.start) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const n = index.names[i] as NameMention;
    if (own.some((w) => index.nameWords[i]?.has(w))) {
      last = n.start;
      break;
    }
  }
  if (last < 0 && /^\p{Ll}/u.test(speaker)) last = text.lastIndexOf(speaker, claim.start);
  const lastPlace = last < 0 ? "never" : bucket(claim.start - last, [80, 300, 1000, 3000]);
  f.push(`last=${lastPlace}`, `last=${lastPlace}&m=${kind}`);
  if (last >= 0 && last < claim.start) {
    const breaks = (text.slice(last, claim.start).match(/\n+/g) ?? []).length;
    f.push(`paras=${bucket(breaks, [1, 2, 4])}`);
  }
  // How often the article names them at all.
  const surname = own[own.length - 1];
  const mentions = surname ? (index.wordCounts.get(surname) ?? 0) : 0;
  f.push(`freq=${bucket(mentions, [1, 2, 4, 10])}`);
  if (previous?.speaker === speaker) f.push("prev=same", `prev=same&m=${kind}`);
  else if (previous?.speaker) f.push("prev=other");
  if (/^["“'‘]/.test(claim.text)) f.push("quoted");
  if (claim.start === 0 || text[claim.start - 1] === "\n") f.push("para_start");
  f.push(`len=${bucket(claim.end - claim.start, [30, 80, 200, 500])}`);
  return { features: f, mention, mentionKind: kind };
}
