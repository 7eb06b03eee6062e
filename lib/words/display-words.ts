// The one set of display words for the controlled vocabulary: reader pages, the editor, every
// export and the CLI say each enum value the same way (a reader never sees two names for one
// relation). Words are lower case; `capitalize` starts a sentence or a label with them.
import type { Directness, PrimaryRecordState } from "../provenance/claim-provenance";
import type { SourceRole } from "../sourcing/schemas";
import type {
  ClaimKind,
  ClaimStance,
  ClaimStatus,
  HopRelation,
  PrimaryRecord,
  ReliabilityRating,
  ReviewState,
  SourceLinkKind,
  SourceType,
  StandingStatus,
  TermKind,
} from "../vocabulary";

/** The article a claim is read in, as the last step of every chain. */
export const ARTICLE_WORDS = "this article";

/** A hop reads "<from> <relation> <to>": "Emmanuel Macron said to journalists", "a document used by Le Parisien". */
export const RELATION_WORDS: Record<HopRelation, string> = {
  SAID_TO: "said to",
  INTERVIEWED_BY: "interviewed by",
  REPORTED_BY: "reported by",
  QUOTED_BY: "quoted by",
  PARAPHRASED_BY: "paraphrased by",
  BASED_ON: "used by",
  CONFIRMED_BY: "confirmed by",
  DENIED_BY: "denied by",
};

export const SOURCE_TYPE_WORDS: Record<SourceType, string> = {
  PERSON: "person",
  GROUP: "group of people",
  ORGANIZATION: "organisation",
  OUTLET: "news outlet",
  OFFICIAL_STATEMENT: "official statement",
  DOCUMENT: "document",
  RECORDING: "recording",
  DATASET: "dataset",
  EVENT: "event",
  // Never a guess: a type nobody recorded is worded as such, not as a person or an organisation.
  UNKNOWN: "type not recorded",
};

export const CLAIM_KIND_WORDS: Record<ClaimKind, string> = {
  DIRECT_QUOTE: "direct quote",
  PARAPHRASE: "paraphrase",
  UNATTRIBUTED: "unattributed",
};

/** The newsroom's verdict on a claim (docs/PROVENANCE.md); "asserted" is no verdict. */
export const CLAIM_STATUS_WORDS: Record<ClaimStatus, string> = {
  ASSERTED: "asserted",
  CORROBORATED: "corroborated",
  DISPUTED: "disputed",
  DENIED: "denied",
  CORRECTED: "corrected",
  RETRACTED: "retracted",
};

/** What the speaker does with the claim's words: "the speaker asserts it", "… denies it". */
export const STANCE_WORDS: Record<ClaimStance, string> = {
  ASSERTS: "asserts",
  DENIES: "denies",
};

export const STANDING_WORDS: Record<StandingStatus, string> = {
  ACTIVE: "in good standing",
  CORRECTED: "corrected",
  RETRACTED: "retracted",
};

export const REVIEW_STATE_WORDS: Record<ReviewState, string> = {
  DRAFT: "draft",
  IN_REVIEW: "in review",
  REVIEWED: "reviewed",
  PUBLISHED: "published",
};

export const DIRECTNESS_WORDS: Record<Directness, string> = {
  direct: "direct",
  indirect: "indirect",
  unattributed: "unattributed",
};

/** The analysis' primary-record state; `PRIMARY_RECORD_WORDS` says the same of what an editor recorded. */
export const PRIMARY_RECORD_STATE_WORDS: Record<PrimaryRecordState, string> = {
  available: "available",
  not_available: "not available",
  unknown: "unknown",
};

export const PRIMARY_RECORD_WORDS: Record<PrimaryRecord, string> = {
  AVAILABLE: PRIMARY_RECORD_STATE_WORDS.available,
  NOT_AVAILABLE: PRIMARY_RECORD_STATE_WORDS.not_available,
  UNKNOWN: PRIMARY_RECORD_STATE_WORDS.unknown,
};

export const RELIABILITY_WORDS: Record<ReliabilityRating, string> = {
  ESTABLISHED: "established",
  PARTISAN: "partisan",
  UNKNOWN: "unknown",
  STATE_CONTROLLED: "state-controlled",
  SATIRE: "satire",
  KNOWN_FOR_FABRICATION: "known for fabrication",
};

export const TERM_KIND_WORDS: Record<TermKind, string> = { RELATION: "relation term", CLAIM_TAG: "claim tag" };

/** The part a source plays in a claim, as its page lists it. */
export const SOURCE_ROLE_WORDS: Record<SourceRole, string> = {
  speaker: "the claim is attributed to it",
  origin: "where the claim starts",
  intermediary: "passes the claim on",
  named: "named in the article's text",
  record_statement: "says whether a primary record exists",
};

export type LinkDirection = "outgoing" | "incoming";

/**
 * How a link reads on the page of one of its ends. A link says `from <kind> to`: "Emmanuel
 * Macron speaks for Élysée"; on Élysée's page the same link reads "spoken for by Emmanuel Macron".
 */
export const LINK_PHRASE: Record<SourceLinkKind, Record<LinkDirection, string>> = {
  SPEAKS_FOR: { outgoing: "speaks for", incoming: "spoken for by" },
  MEMBER_OF: { outgoing: "is a member of", incoming: "has as a member" },
  PRODUCED_BY: { outgoing: "was produced by", incoming: "produced" },
};

/** "first-hand" or "second-hand": whether the receiver heard or read the teller directly. */
export function describeHand(firstHand: boolean): string {
  return firstHand ? "first-hand" : "second-hand";
}

/** What a source's correction or retraction does to the claims that rest on it (lib/provenance/score-confidence.ts). */
export const STANDING_EFFECT_WORDS: Record<Exclude<StandingStatus, "ACTIVE">, string> = {
  RETRACTED: "Claims that rest on it no longer count it as support.",
  CORRECTED: "Claims that rest on it give it half the weight.",
};

/** "corrected", "retracted", or null for a source or hop in good standing. */
export function describeStanding(standing: StandingStatus): string | null {
  return standing === "ACTIVE" ? null : STANDING_WORDS[standing];
}
