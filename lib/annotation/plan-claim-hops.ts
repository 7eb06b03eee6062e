// The hops an annotated chain stands for: every source of a step passes the claim to every
// source of the next. A hop is first-hand only where the annotation says so (`first_hand` names
// its receiver, or `indirect: false` for this article): the format records nothing else about a
// hop's hand, and a first-hand hop raises confidence (never a primary record: judge-primary-record.ts).
// `interviewed_by` names receivers that interviewed the step before: it changes the relation
// only, never the hand or the confidence (an interview heard by a journalist is first-hand only
// where `first_hand` says so too).
import { normalizeSourceName } from "../sources/normalize-source-name";
import { type HopRelation, RECORD_SOURCE_TYPES, type SourceType } from "../vocabulary";
import { SOURCE_TYPE_WORDS } from "../words/display-words";
import { type AnnotatedClaim, PARALLEL_SEPARATOR, THIS_ARTICLE } from "./annotation-file";
import { readReceivers } from "./read-receivers";
import type { PlannedSource } from "./source-registry";

export type PlannedHop = {
  fromKey: string;
  /** null: the article. */
  toKey: string | null;
  relation: HopRelation;
  firstHand: boolean;
  /** 0..1, the rubric level for the hand (docs/PROVENANCE.md). */
  confidence: number;
  position: number;
};

/** The rubric values the editor's defaults use (docs/PROVENANCE.md, lib/editing/default-hop.ts). */
const FIRST_HAND = 0.9;
const OUTLET_REPORT = 0.75;
const UNVERIFIED = 0.5;

/** Names in one step of a chain: "La Dépêche du Midi / Le Parisien" → both names. */
export function splitStep(step: string): string[] {
  return step
    .split(PARALLEL_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Plans the hops of one annotated claim, in chain order. `resolve` gives the source a name
 * stands for. Throws Error (the caller names the claim) when "this article" stands anywhere but
 * alone at the end, when `first_hand` or `interviewed_by` names something that receives nothing
 * in the chain, or when `interviewed_by` names a receiver told by a record (a document cannot be
 * interviewed).
 */
export function planClaimHops(
  claim: Pick<AnnotatedClaim, "chain" | "indirect" | "kind" | "first_hand" | "interviewed_by">,
  resolve: (name: string) => PlannedSource,
): PlannedHop[] {
  const steps = claim.chain.map((step, index) => {
    if (step === THIS_ARTICLE) return [null];
    const names = splitStep(step);
    if (names.includes(THIS_ARTICLE)) {
      throw new Error(`"${THIS_ARTICLE}" can only end a chain, alone (step ${index + 1}: "${step}")`);
    }
    return names.map((name) => ({ name, source: resolve(name) }));
  });
  const firstHand = readReceivers("first_hand", claim.first_hand ?? [], steps);
  const interviewed = readReceivers("interviewed_by", claim.interviewed_by ?? [], steps);

  const hops: PlannedHop[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    for (const from of steps[i]!) {
      if (from === null) throw new Error(`"${THIS_ARTICLE}" can only end a chain`);
      for (const to of steps[i + 1]!) {
        const toName = to === null ? null : normalizeSourceName(to.name);
        const hand = toName === null ? !claim.indirect : firstHand.has(toName);
        const interview = toName !== null && interviewed.has(toName);
        if (interview && RECORD_SOURCE_TYPES.has(from.source.type)) {
          throw new Error(
            `interviewed_by names "${to?.name}", but "${from.name}" before it is a ${SOURCE_TYPE_WORDS[from.source.type]}, a record, which cannot be interviewed`,
          );
        }
        hops.push({
          fromKey: from.source.key,
          toKey: to?.source.key ?? null,
          relation: interview ? "INTERVIEWED_BY" : relationFor(i, from.source.type, to === null, claim.kind),
          firstHand: hand,
          confidence: hand ? FIRST_HAND : from.source.type === "OUTLET" ? OUTLET_REPORT : UNVERIFIED,
          position: hops.length,
        });
      }
    }
  }
  return hops;
}

function relationFor(step: number, from: SourceType, intoArticle: boolean, kind: AnnotatedClaim["kind"]): HopRelation {
  if (intoArticle) return kind === "direct_quote" ? "QUOTED_BY" : "PARAPHRASED_BY";
  if (RECORD_SOURCE_TYPES.has(from)) return "BASED_ON";
  return step === 0 ? "SAID_TO" : "REPORTED_BY";
}
