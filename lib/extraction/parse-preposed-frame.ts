// The attribution before its content: "X said (that) …", "X told Y that …", "X urged Y to …",
// "X denied …" (the whole clause). Works on masked text.
import { countWords } from "./find-quotes.ts";
import { type Frame, hasWords } from "./frame.ts";
import { DOCUMENT_HEADS } from "./name-lexicon.ts";
import { NO_ONE } from "./parse-postposed-frame.ts";
import { closesBareList } from "./relative-antecedent.ts";
import {
  ABOUT_VERBS,
  FINDING_VERBS,
  findSpeechVerbs,
  isMannerPhrase,
  pickSubject,
  trimRange,
  URGE_VERBS,
  type VerbHit,
} from "./speech-verbs.ts";
import { findAddedContents, findContentStart, trimContentEnd, trimContentStart } from "./trim-content.ts";

const PASSIVE_BEFORE = /\b(?:is|was|were|are|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const POINTS_BACK = /^\s*(?:it|this|that|them|these|those|so|him|her|one)\s*[.!?]?\s*$/i;
const WHOLE_CLAUSE_VERBS = new Set(["confirmed", "confirms", "denied", "denies", "deny", "acknowledged", "admitted"]);

/** The frame of `hit` as an attribution opening its content, or null when it is not one. */
export function tryPreposed(masked: string, text: string, hit: VerbHit): Frame | null {
  // "The minister is widely said to favour…": in the passive, the subject is who it is about.
  if (PASSIVE_BEFORE.test(masked.slice(Math.max(0, hit.start - 40), hit.start))) return null;
  const picked = pickSubject(masked, hit.start);
  if (!picked) return null;
  const { subject, origin } = picked;
  const subjectText = masked.slice(subject.start, subject.end);
  // "No official has claimed…", "Nobody said…": a saying the text denies took place.
  if (/^(?:No|Nobody|No\s+one|None)\b/i.test(subjectText.trim())) return null;
  if (
    countWords(subjectText) > 12 ||
    /^(?:[~“"‘]|'')|\bthat\b/.test(subjectText) ||
    findSpeechVerbs(subjectText).length > 0
  )
    return null;
  if (FINDING_VERBS.has(hit.verb) && !DOCUMENT_HEADS.test(subjectText) && !/research|scientist/i.test(subjectText))
    return null;
  // "…is a liar, braggart, bully and blowhard who has pledged…": the relative clause of a list
  // whose start the commas do not show; its subject is no phrase to name (relative-antecedent.ts).
  if (closesBareList(masked.slice(0, subject.start), subjectText)) return null;
  if (URGE_VERBS.has(hit.verb)) {
    if (!/^\s+[^,.;~]{1,80}?\bto\s+\p{L}/u.test(masked.slice(hit.end))) return null;
    return wholeClauseFrame(masked, hit, picked);
  }
  const found = ABOUT_VERBS.has(hit.verb) ? hit.end : findContentStart(masked, hit.end, hit.verb);
  if (found === null) return null;
  // "Vantage denied any wrongdoing", "A spokesperson confirmed the layoffs": the object is
  // no claim by itself, the whole clause is.
  if (WHOLE_CLAUSE_VERBS.has(hit.verb) && !/\bthat\b|[:“"‘]/.test(masked.slice(hit.end, found))) {
    const frame = wholeClauseFrame(masked, hit, picked);
    // "Voss denied it": a pronoun points back at what was said before; alone it is no claim.
    const only = frame.contents[0];
    if (only && POINTS_BACK.test(masked.slice(only.start, only.end))) return null;
    return frame;
  }
  const start = trimContentStart(masked, trimRange(masked, { start: found, end: masked.length }).start, masked.length);
  const end = trimContentEnd(masked, start, masked.length);
  if (end <= start || !hasWords(text, { start, end }, 1) || isMannerPhrase(text.slice(start, end))) return null;
  // "The pier is unsafe, said nobody": the verb comes after its content and a comma; neither a
  // clause before it is its subject, nor the denial after it what was said.
  if (
    NO_ONE.test(masked.slice(start, end).trim()) ||
    /\s(?:is|are|was|were)\s[^,]*,\s*$/.test(masked.slice(subject.start, hit.start))
  )
    return null;
  // "Hale argued with Ortiz", "spoke against the plan": whom it was said with or against, not what.
  if (/^(?:with|against)\s/i.test(masked.slice(start, end))) return null;
  const extras = findAddedContents(masked, end, masked.length);
  return {
    mode: ABOUT_VERBS.has(hit.verb) ? "about" : "pre",
    verb: hit.verb,
    subject,
    origin,
    contents: [{ start, end }, ...extras],
    cue: { start: subject.start, end: start },
  };
}

/** The whole clause, subject to end, as one claim ("urge" mode): "X urged Y to …", "X denied any …". */
function wholeClauseFrame(
  masked: string,
  hit: VerbHit,
  { subject, origin }: NonNullable<ReturnType<typeof pickSubject>>,
): Frame {
  const end = trimContentEnd(masked, hit.end, masked.length);
  // The content is what follows the verb: a claim never holds its own speaker and cue ("Senator
  // Alice Monroe Denies Bribery Report" is Monroe denying "Bribery Report", not her own denial).
  const start = trimContentStart(masked, hit.end + (/^\s*/.exec(masked.slice(hit.end))?.[0].length ?? 0), end);
  return {
    mode: "urge",
    verb: hit.verb,
    subject,
    origin,
    contents: [{ start, end }],
    cue: { start: subject.start, end: hit.end },
  };
}
