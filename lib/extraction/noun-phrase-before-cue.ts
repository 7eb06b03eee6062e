// The noun phrase standing right before a cue that the labeller found without a source ("few on
// either side of the debate | think…", "more than half of the delegates | backed…"): the
// speaker as written, for the phrases that are neither a name nor he/she (labelled-source.ts
// reads those first). Read from the words' parts of speech, so a verb's object ("…was making a
// fresh pitch to the voters | refusing…") or a fragment ("by far", "do we") is no subject.
import type { Token } from "./tokenize-text.ts";

// Words a subject noun phrase is made of: "the", "two", "former", "senators", "of", "and".
const PHRASE = /^(?:NOUN|PROPN|ADJ|DET|NUM|ADP|CCONJ|PART)$/;
// The phrase's last word, before the cue: a noun ("the delegates", "87 percent").
const HEAD = /^(?:NOUN|PROPN|NUM)$/;
// Before the phrase: the sentence's start, a comma, a subordinator or a coordinator.
const OPENS = /^(?:PUNCT|SCONJ|CCONJ)$/;
// A hyphen inside a word ("front-runner", "co-chair") joins its halves.
const inWord = (tokens: readonly Token[], i: number) =>
  tokens[i]?.value === "-" && tokens[i - 1]?.end === tokens[i]?.start && tokens[i]?.end === tokens[i + 1]?.start;
// Quantities before a noun that the tagger reads as adverbs: "most", "nearly", "only about".
const QUANTIFIER = /^(?:most|nearly|almost|about|only|roughly|some|just|around)$/i;
// Words that open a clause before its subject: "…, when | black voters were backing…".
const SUBORDINATOR = /^(?:as|when|while|whereas|where|because|although|though|if|unless|once)$/i;
const RELATIVE = /^(?:who|whom|whose|which)$/i;
// Words an aside between the subject and the cue may hold, its commas included.
const MAX_ASIDE = 24;
// Longer runs of nouns and prepositions are rarely one subject.
const MAX_WORDS = 8;

/**
 * The token indexes `{ first, last }` of the noun phrase just before the cue starting at token
 * `cueFirst`, in the same sentence, or null when the words there are not one: it must end in a
 * noun right before the cue, open the sentence or follow a comma, subordinator or coordinator
 * ("…, when | younger voters were backing…"), hold at most eight words and open with no
 * preposition. An aside set off by commas may stand between it and the cue ("Two surveys, a
 * decade apart, | suggest…"), when it holds no other comma and no verb of its own (a verb after
 * "who", "whose" or "which" describes the phrase). Read on the PolNeAR train split
 * (docs/EXTRACTION.md, "The learned labeller").
 */
export function findNounPhraseBeforeCue(
  tokens: readonly Token[],
  cueFirst: number,
): { first: number; last: number } | null {
  return phraseEndingAt(tokens, cueFirst - 1, tokens[cueFirst]?.sentence) ?? phrasePastAside(tokens, cueFirst);
}

function phraseEndingAt(
  tokens: readonly Token[],
  last: number,
  sentence: number | undefined,
): { first: number; last: number } | null {
  const head = tokens[last];
  if (!head || head.sentence !== sentence || !HEAD.test(head.pos)) return null;
  let first = last;
  while (
    first > 0 &&
    tokens[first - 1]?.sentence === sentence &&
    !SUBORDINATOR.test(tokens[first - 1]?.value ?? "") &&
    (PHRASE.test(tokens[first - 1]?.pos ?? "") ||
      QUANTIFIER.test(tokens[first - 1]?.value ?? "") ||
      inWord(tokens, first - 1)) &&
    last - first + 1 < MAX_WORDS + 1
  )
    first--;
  if (last - first + 1 > MAX_WORDS) return null;
  const before = tokens[first - 1];
  if (before && before.sentence === sentence && !OPENS.test(before.pos) && !SUBORDINATOR.test(before.value))
    return null;
  // "While | presidential candidates…", "and | most members…": the opener is not the subject.
  while (first < last && /^(?:CCONJ|SCONJ)$/.test(tokens[first]?.pos ?? "")) first++;
  // "After the meeting officials…": an opening phrase, not the subject.
  if (/^(?:ADP|CCONJ|PART)$/.test(tokens[first]?.pos ?? "")) return null;
  return { first, last };
}

// "Two harbour pilots, both with decades at sea, | warned…": the phrase before an aside set off
// by commas, when the aside holds no other comma and the phrase opens its clause.
function phrasePastAside(tokens: readonly Token[], cueFirst: number): { first: number; last: number } | null {
  const sentence = tokens[cueFirst]?.sentence;
  if (tokens[cueFirst - 1]?.value !== "," || tokens[cueFirst - 1]?.sentence !== sentence) return null;
  let comma = cueFirst - 2;
  while (
    comma > 0 &&
    cueFirst - comma <= MAX_ASIDE &&
    tokens[comma]?.sentence === sentence &&
    tokens[comma]?.value !== ","
  )
    comma--;
  if (tokens[comma]?.value !== "," || tokens[comma]?.sentence !== sentence || comma >= cueFirst - 2) return null;
  // "Bill, effectively hurled the sink at Sanders, accusing…": a verb of the aside's own makes it
  // a clause, not an aside; one after "who"/"which" describes the phrase ("the parents whose
  // appearance created a stir,").
  const aside = tokens.slice(comma + 1, cueFirst - 1);
  const relative = aside.findIndex((t) => RELATIVE.test(t.value));
  const ownVerb = aside.findIndex((t) => /^(?:VERB|AUX)$/.test(t.pos));
  if (ownVerb >= 0 && (relative < 0 || ownVerb < relative)) return null;
  return phraseEndingAt(tokens, comma - 1, sentence);
}
