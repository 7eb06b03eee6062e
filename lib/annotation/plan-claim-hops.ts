// The hops an annotated chain stands for: every source of a step passes the claim to every
// source of the next. A hop is first-hand only where the annotation says so (`first_hand` names
// its receiver, or `indirect: false` for this article): the format records nothing else about a
// hop's hand, and a first-hand hop raises confidence and can make a record count as primary.
import { normalizeSourceName } from "../sources/normalize-source-name";
import { type HopRelation, RECORD_SOURCE_TYPES, type SourceType } from "../vocabulary";
import { type AnnotatedClaim, PARALLEL_SEPARATOR, THIS_ARTICLE } from "./annotation-file";
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
 * alone at the end, or when `first_hand` names something that receives nothing in the chain.
 */
export function planClaimHops(
  claim: Pick<AnnotatedClaim, "chain" | "indirect" | "kind" | "first_hand">,
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
  const firstHand = readFirstHand(claim.first_hand ?? [], steps);

  const hops: PlannedHop[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    for (const from of steps[i]!) {
      if (from === null) throw new Error(`"${THIS_ARTICLE}" can only end a chain`);
      for (const to of steps[i + 1]!) {
        const hand = to === null ? !claim.indirect : firstHand.has(normalizeSourceName(to.name));
        hops.push({
          fromKey: from.source.key,
          toKey: to?.source.key ?? null,
          relation: relationFor(i, from.source.type, to === null, claim.kind),
          firstHand: hand,
          confidence: hand ? FIRST_HAND : from.source.type === "OUTLET" ? OUTLET_REPORT : UNVERIFIED,
          position: hops.length,
        });
      }
    }
  }
  return hops;
}

type Step = Array<{ name: string; source: PlannedSource } | null>;

function readFirstHand(names: readonly string[], steps: readonly Step[]): Set<string> {
  const receivers = new Set(
    steps
      .slice(1)
      .flat()
      .flatMap((entry) => (entry ? [normalizeSourceName(entry.name)] : [])),
  );
  const listed = new Set<string>();
  for (const name of names) {
    if (name.trim() === THIS_ARTICLE) {
      throw new Error(`first_hand cannot name "${THIS_ARTICLE}": whether it heard the claim first-hand is "indirect"`);
    }
    const key = normalizeSourceName(name);
    if (!receivers.has(key)) {
      throw new Error(`first_hand names "${name}", which receives nothing in the chain (name a step after the first)`);
    }
    listed.add(key);
  }
  return listed;
}

function relationFor(step: number, from: SourceType, intoArticle: boolean, kind: AnnotatedClaim["kind"]): HopRelation {
  if (intoArticle) return kind === "direct_quote" ? "QUOTED_BY" : "PARAPHRASED_BY";
  if (RECORD_SOURCE_TYPES.has(from)) return "BASED_ON";
  return step === 0 ? "SAID_TO" : "REPORTED_BY";
}
