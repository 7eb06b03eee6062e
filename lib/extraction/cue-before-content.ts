// A cue for a content run the labeller found without one: the verb just before it in the same
// sentence ("Councillor Roe has long opposed | the parking fees"), when that verb's lemma is in
// the learned cue lexicon. The labeller often tags such a content and leaves its verb untagged;
// read on the PolNeAR train split, these pairs add more right attributions than wrong ones
// (docs/EXTRACTION.md, "Contents without a cue").
import type { Token } from "./tokenize-text.ts";

// Words that may stand between the verb and its content ("opposed | outright | the…",
// "spoke | about | …", "said | that | …"), at most MAX_BRIDGE of them.
const BRIDGE = /^(?:ADV|PART|ADP|SCONJ|AUX)$/;
const MAX_BRIDGE = 3;
// Words before the verb that belong to its cue ("has long opposed", "did not endorse").
const LEAD = /^(?:AUX|ADV|PART)$/;
const OPENS_CLAUSE = /^(?:PUNCT|SCONJ|ADP|CCONJ)$/;

/**
 * The token indexes `{ first, last }` of the cue before the content starting at token `first`
 * (the verb, the auxiliaries and adverbs before it, the words up to the content), or null when
 * no cue-lexicon verb stands there within the sentence.
 */
export function findCueBeforeContent(
  tokens: readonly Token[],
  contentFirst: number,
  cueLemmas: ReadonlySet<string>,
): { first: number; last: number } | null {
  const sentence = tokens[contentFirst]?.sentence;
  let i = contentFirst - 1;
  for (
    let bridged = 0;
    bridged < MAX_BRIDGE && BRIDGE.test(tokens[i]?.pos ?? "") && tokens[i]?.sentence === sentence;
    bridged++
  )
    i--;
  const verb = tokens[i];
  if (!verb || verb.sentence !== sentence || verb.pos !== "VERB" || !cueLemmas.has(verb.lemma)) return null;
  let first = i;
  while (first > 0 && tokens[first - 1]?.sentence === sentence && LEAD.test(tokens[first - 1]?.pos ?? "")) first--;
  // A verb with no subject or auxiliary before it opens a participle clause ("the second
  // meeting, designed to reinforce…"), not an attribution.
  const before = tokens[first - 1];
  if (first === i && (!before || before.sentence !== sentence || OPENS_CLAUSE.test(before.pos))) return null;
  return { first, last: contentFirst - 1 };
}
