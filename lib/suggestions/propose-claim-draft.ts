// Turns the extractor's suggestion into the draft an editor shapes before accepting. The draft
// follows the chain the extractor read in the text (speaker → outlet told → outlets that reported
// it → this article) and never raises independence: several sources side by side right after the
// speaker would each be a separate line of sourcing, which the text does not state, so only the
// first is placed and the rest are listed as named but not placed, for the editor to place.
import { isSpeakerUnresolved, type SuggestedClaim } from "../extraction/suggested-claim";
import { guessSourceType } from "../sources/guess-source-type";
import type { ClaimKind } from "../vocabulary";
import type { ClaimDraft, DraftSource } from "./claim-draft";
import { readCueStance } from "./cue-stance";

/** The extractor's kind as a claim's kind. */
export const CLAIM_KIND_OF_SUGGESTION: Record<SuggestedClaim["kind"], ClaimKind> = {
  direct_quote: "DIRECT_QUOTE",
  paraphrase: "PARAPHRASE",
  unattributed_fact: "UNATTRIBUTED",
};
const PARALLEL = " / ";
const THIS_ARTICLE = "this article";

export function proposeClaimDraft(suggestion: SuggestedClaim): ClaimDraft {
  // A proposal the editor sees beside each name, and can change, before accepting (what is saved
  // is what is shown): what the name reads like, else type not recorded. Being named in the text
  // is not being an outlet: the extractor's sources also hold documents and people.
  const source = (name: string): DraftSource => ({ name, type: guessSourceType(name) });
  const speaker = suggestion.speaker ? source(suggestion.speaker) : null;
  // A speaker too uncertain to state is still someone: the draft keeps the kind and the relays
  // the text shows, and waits for the editor to choose who (claim-draft.ts refuses it till then).
  const asked = isSpeakerUnresolved(suggestion);
  let steps =
    speaker || asked
      ? suggestion.chain
          .filter((step) => step !== THIS_ARTICLE)
          .map((step) =>
            step
              .split(PARALLEL)
              .map((name) => name.trim())
              .filter(Boolean),
          )
          .filter((names) => !(names.length === 1 && names[0] === speaker?.name))
          .map((names) => names.filter((name) => name !== speaker?.name).map(source))
          .filter((step) => step.length > 0)
      : [];
  const unplaced: DraftSource[] = [];
  if (steps[0] && steps[0].length > 1) {
    unplaced.push(...steps[0].slice(1));
    steps[0] = steps[0].slice(0, 1);
  }
  // A claim the article had first-hand from its speaker has no relays in its chain.
  if (!suggestion.indirect) {
    unplaced.push(...steps.flat());
    steps = [];
  }
  const placed = new Set([speaker, ...steps.flat(), ...unplaced].map((named) => named?.name));
  for (const name of suggestion.sources) if (!placed.has(name)) unplaced.push(source(name));
  return {
    start: suggestion.start,
    end: suggestion.end,
    text: suggestion.text,
    kind: speaker || asked ? CLAIM_KIND_OF_SUGGESTION[suggestion.kind] : "UNATTRIBUTED",
    stance: readCueStance(suggestion.cue),
    status: "ASSERTED",
    speaker,
    cue: suggestion.cue,
    steps,
    indirect: (Boolean(speaker) || asked) && suggestion.indirect,
    unplaced,
    speakerAsked: asked
      ? { mention: suggestion.speakerMention ?? null, candidates: suggestion.speakerCandidates ?? [] }
      : null,
  };
}

/** Suggestions that do not overlap an existing claim by half of the shorter span or more. */
export function withoutAnnotated(
  suggestions: SuggestedClaim[],
  claims: ReadonlyArray<{ start: number; end: number }>,
): SuggestedClaim[] {
  return suggestions.filter(
    (suggestion) =>
      !claims.some((claim) => {
        const overlap = Math.min(claim.end, suggestion.end) - Math.max(claim.start, suggestion.start);
        return overlap > 0 && overlap >= Math.min(claim.end - claim.start, suggestion.end - suggestion.start) / 2;
      }),
  );
}
