// Claims the text does not say anyone asserted: a cue whose saying is negated ("never continued:",
// "never quoted … as saying", "refusal to say") and a paraphrase that is a question ("Is the pier
// unsafe, asked several observers"), and a "speaker" that is itself a clause ("The pier is unsafe,
// said nobody" read backwards). They are dropped whichever rule or labelled run read them:
// a suggestion says less rather than turn a denial or a question into an assertion.
import { type SuggestedClaim, THIS_ARTICLE } from "./suggested-claim.ts";

// "not"/"never"/"n't" right before a verb of saying (one word may come between: "did not
// publicly say"), or a refusal to say ("refused to say", "his refusal to confirm"). Other negated
// verbs ("did not apologize for") are stances the labeller reads, not sayings denied.
const SAYING =
  "(?:say|said|says|tell|told|tells|claim(?:ed|s)?|alleg(?:e|ed|es)|confirm(?:ed|s)?|state[ds]?|announce[ds]?|report(?:ed|s)?|mention(?:ed|s)?|disclose[ds]?|reveal(?:ed|s)?|write|wrote|writes|continue[ds]?|add(?:ed|s)?|quote[ds]?|cite[ds]?)";
const NEGATED = new RegExp(
  String.raw`(?:\b(?:not|never)|n['’]t)\s+(?:\p{Ll}+\s+)?${SAYING}\b|\brefus\p{Ll}*\s+to\s+${SAYING}\b`,
  "iu",
);
// An inverted auxiliary opening the content, or a question mark closing it.
// "(?:is|are)" → "(?:Is|Are)".
const capitalised = (alternation: string) =>
  alternation.replace(/(^\(\?:|\|)(\p{Ll})/gu, (_, at, c: string) => at + c.toUpperCase());
const AUXILIARY =
  "(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must|isn['’]t|aren['’]t|doesn['’]t|didn['’]t)";
// The subject right after it: a pronoun, a determiner or a capitalised word (no "i" flag, so
// "\p{Lu}" keeps to capitals).
const QUESTION = new RegExp(
  String.raw`^(?:${AUXILIARY}|${capitalised(AUXILIARY)})\s+(?:(?:he|she|it|they|we|you|I|there|the|this|that|these|those|an?|his|her|its|their|our)\b|\p{Lu})`,
  "u",
);

// A finite "to be" in the speaker's words: a clause, never a name or a role.
// (Not as its first word: "Is Sanders" is a headline's question around a name.)
const CLAUSE_SPEAKER = /\s(?:is|are|was|were)\b/i;

/** True when a claim's cue negates the saying or its paraphrased content is a question. */
export function isUnsaid(claim: SuggestedClaim): boolean {
  if (claim.kind === "unattributed_fact") return false;
  // A negation in a clause of its own before the cue's verb ("Roe, who did not say so, said")
  // leaves the saying standing.
  const negated = claim.cue ? NEGATED.exec(claim.cue) : null;
  if (negated && claim.cue && !claim.cue.slice(negated.index + negated[0].length).includes(",")) return true;
  // A transcript's or a headline's label ("WALLACE: Will the governor…?") gives the words as
  // spoken, a question included: not a paraphrase of one.
  if (claim.kind !== "paraphrase" || claim.cue?.trim().endsWith(":")) return false;
  const content = claim.text.trim();
  return /\?\s*$/.test(content) || QUESTION.test(content);
}

/**
 * `claims` without the unsaid ones, and with a speaker that is a clause ("Democrats are far
 * from") no longer stated: the words become the `speakerMention` and the editor is asked (as
 * speaker-confidence.ts asks). A new array in the same order; claims are not changed in place.
 */
export function dropUnsaidClaims(claims: SuggestedClaim[]): SuggestedClaim[] {
  return claims
    .filter((c) => !isUnsaid(c))
    .map((c) => {
      const speaker = c.speaker;
      if (!speaker || !CLAUSE_SPEAKER.test(speaker)) return c;
      const chain = c.chain[0] === speaker ? c.chain.slice(1) : c.chain;
      return {
        ...c,
        speaker: null,
        speakerMention: speaker,
        sources: c.sources.filter((name) => name !== speaker),
        chain: chain.length > 0 ? chain : [THIS_ARTICLE],
      };
    });
}
