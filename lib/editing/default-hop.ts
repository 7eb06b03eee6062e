// What a new hop says until the editor changes it, from the type of the source that passes the
// claim on: a person telling an outlet is "said to", first-hand; an outlet passing a report on (to another
// outlet or to this article) is "reported by", second-hand; a record read by its receiver is
// "based on", first-hand. Confidence is the rubric level that fits (docs/PROVENANCE.md): 0.9
// for first-hand from a named teller, 0.75 for an outlet's report, 0.5 for anything else told
// second-hand. The editor sees each default before saving and can change it.
import { type HopRelation, RECORD_SOURCE_TYPES, type SourceType } from "../vocabulary";

export type HopDefaults = { relation: HopRelation; firstHand: boolean; confidence: number };

/** Defaults for a hop that starts at a source of type `from`, whatever receives it. */
export function defaultHop(from: SourceType): HopDefaults {
  if (from === "OUTLET") return { relation: "REPORTED_BY", firstHand: false, confidence: 0.75 };
  if (RECORD_SOURCE_TYPES.has(from)) return { relation: "BASED_ON", firstHand: true, confidence: 0.9 };
  return { relation: "SAID_TO", firstHand: true, confidence: 0.9 };
}
