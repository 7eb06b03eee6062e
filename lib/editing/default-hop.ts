// What a new hop says until the editor changes it, from the type of the source that passes the
// claim on, proposing only what that recorded type supports (docs/PROVENANCE.md, "Defaults of a
// new hop"): a person, group or organisation telling is "said to", first-hand at 0.9 (the rubric's
// named teller); an event passes on what was said at it, first-hand at 0.9; an outlet passing a
// report on is "reported by", second-hand at 0.75 (an outlet's report); a record read by its
// receiver is "based on", first-hand at 0.9. A source whose type was not recorded (UNKNOWN)
// supports neither a named teller nor an outlet's report: "said to", second-hand, 0.5
// (unverified), until the editor records its type or the hop. The editor sees each default.
import { type HopRelation, RECORD_SOURCE_TYPES, type SourceType } from "../vocabulary";

export type HopDefaults = { relation: HopRelation; firstHand: boolean; confidence: number };

/** Defaults for a hop that starts at a source of type `from`, whatever receives it; confidence 0..1. */
export function defaultHop(from: SourceType): HopDefaults {
  if (from === "UNKNOWN") return { relation: "SAID_TO", firstHand: false, confidence: 0.5 };
  if (from === "OUTLET") return { relation: "REPORTED_BY", firstHand: false, confidence: 0.75 };
  if (RECORD_SOURCE_TYPES.has(from)) return { relation: "BASED_ON", firstHand: true, confidence: 0.9 };
  return { relation: "SAID_TO", firstHand: true, confidence: 0.9 };
}
