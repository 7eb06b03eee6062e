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
// Longer runs of nouns and prepositions are rarely one subject.
const MAX_WORDS = 8;

/**
 * The token indexes `{ first, last }` of the noun phrase just before the cue starting at token
 * `cueFirst`, in the same sentence, or null when the words there are not one: it must end in a
 * noun right before the cue, open the sentence or follow a comma, subordinator or coordinator,
 * hold at most eight words and open with no preposition.
 */
export function findNounPhraseBeforeCue(
  tokens: readonly Token[],
  cueFirst: number,
): { first: number; last: number } | null {
  const last = cueFirst - 1;
  const sentence = tokens[cueFirst]?.sentence;
  const head = tokens[last];
  if (!head || head.sentence !== sentence || !HEAD.test(head.pos)) return null;
  let first = last;
  while (
    first > 0 &&
    tokens[first - 1]?.sentence === sentence &&
    (PHRASE.test(tokens[first - 1]?.pos ?? "") || inWord(tokens, first - 1)) &&
    last - first + 1 < MAX_WORDS + 1
  )
    first--;
  if (last - first + 1 > MAX_WORDS) return null;
  const before = tokens[first - 1];
  if (before && before.sentence === sentence && !OPENS.test(before.pos)) return null;
  // "While | presidential candidates…", "and | most members…": the opener is not the subject.
  while (first < last && /^(?:CCONJ|SCONJ)$/.test(tokens[first]?.pos ?? "")) first++;
  // "After the meeting officials…": an opening phrase, not the subject.
  if (/^(?:ADP|CCONJ|PART)$/.test(tokens[first]?.pos ?? "")) return null;
  return { first, last };
}
