// A suggested claim as the editor shapes it before accepting: its span, kind, stance, status,
// speaker and chain (relays in order; sources side by side share a step). The hops are derived
// from the draft by one rule (listDraftHops), shown to the editor, and saved exactly as shown.
import { z } from "zod";
import { defaultHop } from "../editing/default-hop";
import { NameText } from "../input/name-text";
import { ClaimKind, ClaimStance, ClaimStatus, HopRelation, RECORD_SOURCE_TYPES, SourceType } from "../vocabulary";

const DraftName = NameText("the source name")
  .trim()
  .min(1, "a source needs a name")
  .max(200, "a source name is at most 200 characters")
  .refine((value) => !/[<>]/.test(value), "a source name cannot contain < or >");

export const DraftSource = z.object({ name: DraftName, type: SourceType });
export type DraftSource = z.infer<typeof DraftSource>;

/**
 * The extractor could not name the speaker with confidence: the words the text uses for them at
 * the claim ("he"; null when it uses none there) and the names they might be, most likely first.
 * A draft carrying it is attributed to someone and can be accepted only once a speaker is chosen.
 */
const SpeakerQuestion = z.object({
  mention: z.string().trim().min(1).max(200).nullable(),
  candidates: z.array(DraftName).max(5),
});

export const ClaimDraft = z
  .object({
    /** UTF-16 offsets into the article body, end exclusive; `text` is body.slice(start, end). */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    text: z.string().min(1, "select the words of the claim").max(10_000, "a claim is at most 10,000 characters"),
    kind: ClaimKind,
    stance: ClaimStance,
    status: ClaimStatus,
    speaker: DraftSource.nullable(),
    cue: z.string().trim().max(500).nullable(),
    /** Relays from the speaker towards this article, in order; sources in one step side by side. */
    steps: z.array(z.array(DraftSource).min(1).max(10)).max(10),
    /** This article had the claim second-hand from the last step (or from the speaker). */
    indirect: z.boolean(),
    /** Sources the text names that the chain does not include. */
    unplaced: z.array(DraftSource).max(20),
    /** Set when the suggestion asked who the speaker is (lib/extraction/speaker-confidence.ts). */
    speakerAsked: SpeakerQuestion.nullable().optional(),
  })
  .refine((draft) => draft.end > draft.start && draft.text.length === draft.end - draft.start, {
    message: "the claim's words must be the span's text",
  })
  .refine((draft) => !draft.speakerAsked || (draft.speaker !== null && draft.kind !== "UNATTRIBUTED"), {
    message: "who said this? the text attributes it to someone: choose the speaker before accepting",
  })
  .refine((draft) => draft.steps.length === 0 || draft.speaker !== null, {
    message: "a chain starts at the speaker: name the speaker first",
  })
  .refine(
    (draft) => {
      const names = [draft.speaker, ...draft.steps.flat()].filter(Boolean).map((source) => keyOf(source!.name));
      return new Set(names).size === names.length;
    },
    { message: "a source appears once in a chain" },
  );
export type ClaimDraft = z.infer<typeof ClaimDraft>;

export const DraftHop = z.object({
  from: z.string(),
  /** null: this article. */
  to: z.string().nullable(),
  relation: HopRelation,
  firstHand: z.boolean(),
  confidence: z.number().min(0).max(1),
});
export type DraftHop = z.infer<typeof DraftHop>;

/** Rubric values (docs/PROVENANCE.md): first-hand from a named teller; an outlet's report; unverified. */
const FIRST_HAND = 0.9;
const OUTLET_REPORT = 0.75;
const UNVERIFIED = 0.5;

function keyOf(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The hops a draft stands for, in order: every source of a step passes the claim to every source
 * of the next, the last step (or the speaker) to this article. The first relay hears the speaker
 * first-hand (the text says the speaker told it); a later relay hears its teller as the teller's
 * type supports (lib/editing/default-hop.ts: an outlet's report second-hand at 0.75, a record
 * first-hand at 0.9, a type not recorded second-hand at 0.5, a person, group, organisation or
 * event first-hand at 0.9); this article has it first-hand unless `indirect`, then at 0.75 from an
 * outlet, or unverified (0.5) from anyone else. Relations: said to (from the speaker), reported
 * by (between relays), based on (from a record), quoted or paraphrased by (into the article).
 */
export function listDraftHops(draft: Pick<ClaimDraft, "speaker" | "steps" | "indirect" | "kind">): DraftHop[] {
  if (!draft.speaker) return [];
  const layers: DraftSource[][] = [[draft.speaker], ...draft.steps];
  const hops: DraftHop[] = [];
  layers.forEach((layer, index) => {
    const next = layers[index + 1];
    for (const from of layer) {
      if (next) {
        for (const to of next) {
          const relation: HopRelation = RECORD_SOURCE_TYPES.has(from.type)
            ? "BASED_ON"
            : index === 0
              ? "SAID_TO"
              : "REPORTED_BY";
          // The speaker telling the first relay is what the text states (first-hand). Between
          // relays, the hand is what the teller's type supports, as a new hop in the editor
          // proposes (lib/editing/default-hop.ts): an outlet passes its report on second-hand, a
          // record is read first-hand, a source of unrecorded type is second-hand and unverified.
          const hand = index === 0 ? { firstHand: true, confidence: FIRST_HAND } : defaultHop(from.type);
          hops.push({ from: from.name, to: to.name, relation, firstHand: hand.firstHand, confidence: hand.confidence });
        }
      } else {
        const relation: HopRelation = draft.kind === "DIRECT_QUOTE" ? "QUOTED_BY" : "PARAPHRASED_BY";
        const confidence = !draft.indirect ? FIRST_HAND : from.type === "OUTLET" ? OUTLET_REPORT : UNVERIFIED;
        hops.push({ from: from.name, to: null, relation, firstHand: !draft.indirect, confidence });
      }
    }
  });
  return hops;
}

/** Whether two lists of hops say the same thing, in the same order. */
export function sameHops(a: readonly DraftHop[], b: readonly DraftHop[]): boolean {
  return (
    a.length === b.length &&
    a.every((hop, i) => {
      const other = b[i]!;
      return (
        hop.from === other.from &&
        hop.to === other.to &&
        hop.relation === other.relation &&
        hop.firstHand === other.firstHand &&
        hop.confidence === other.confidence
      );
    })
  );
}
