// Suggestions that know when their speaker is uncertain. A logistic model, learned from the
// PolNeAR train split (`npm run train:speaker-confidence`, docs/EXTRACTION.md), estimates from
// how the speaker was found (speaker-evidence.ts) the probability that it is the right person.
// Below ASK_BELOW the suggestion keeps its span, kind, cue and route but names no speaker: it
// carries the words the text uses and the names it might be, for the editor to choose from.

import { indexPeople, listSpeakerCandidates } from "./speaker-candidates.ts";
import model from "./speaker-confidence-model.json" with { type: "json" };
import { describeSpeakerEvidence, indexArticle } from "./speaker-evidence.ts";
import { type SuggestedClaim, THIS_ARTICLE } from "./suggested-claim.ts";

/**
 * The newsroom's rule: a speaker the model finds more likely wrong than right (probability under
 * one half) is not stated; the editor is asked instead. Chosen by that principle, not tuned on
 * any split (docs/EXTRACTION.md gives what other thresholds would give).
 */
export const ASK_BELOW = 0.5;

type SpeakerModel = { weights: Record<string, number> };
const weights = (model as SpeakerModel).weights;

/** The model's probability (0..1) that a speaker read with these features is right. */
export function scoreSpeakerFeatures(features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// Another threshold or model, for the training script's report of what each would give.
type AskOptions = { askBelow?: number; score?: (features: readonly string[]) => number };

/**
 * Each attributed claim's speaker confidence (`speakerConfidence`, 0..1, three decimals); a claim
 * whose confidence is under `askBelow` gets `speaker: null`, `speakerMention` (the words the
 * text uses for the speaker at the claim, null when it uses none there) and `speakerCandidates`
 * (at most five names, most likely first; the extractor's reading first), and its chain and
 * sources lose that reading. `claims` must be in text order; they are not changed in place.
 */
export function askUncertainSpeakers(
  text: string,
  claims: SuggestedClaim[],
  { askBelow = ASK_BELOW, score = scoreSpeakerFeatures }: AskOptions = {},
): SuggestedClaim[] {
  if (!claims.some((c) => c.speaker || c.kind !== "unattributed_fact")) return claims;
  const people = indexPeople(text);
  const index = indexArticle(text, people);
  const earlier: string[] = [];
  let previous: SuggestedClaim | null = null;
  return claims.map((claim) => {
    const before = previous;
    previous = claim;
    const speaker = claim.speaker;
    // A quotation with nobody before it to give it to, or words a cue gives to someone the
    // extractor could not name ("It said…"), are still somebody's words: ask who.
    if (!speaker && claim.kind !== "unattributed_fact") {
      const mention = claim.speakerMention ?? null;
      return {
        ...claim,
        speakerMention: mention,
        speakerCandidates: listSpeakerCandidates(people, claim.start, "", mention, [...earlier]),
      };
    }
    if (!speaker) return claim;
    const evidence = describeSpeakerEvidence(index, claim, before);
    const confidence = Math.round(score(evidence.features) * 1000) / 1000;
    const earlierSpeakers = [...earlier];
    if (earlier[0] !== speaker) earlier.unshift(speaker);
    if (earlier.length > 10) earlier.pop();
    if (confidence >= askBelow) return { ...claim, speakerConfidence: confidence };
    const chain = claim.chain[0] === speaker ? claim.chain.slice(1) : claim.chain;
    return {
      ...claim,
      speaker: null,
      speakerConfidence: confidence,
      speakerMention: evidence.mention,
      speakerCandidates: listSpeakerCandidates(people, claim.start, speaker, evidence.mention, earlierSpeakers),
      // An institution speaking for itself is its own source: not when it may not be the speaker.
      sources: claim.sources.filter((name) => name !== speaker),
      chain: chain.length > 0 ? chain : [THIS_ARTICLE],
    };
  });
}
