// Words reader pages use for the controlled vocabulary, so every page says a thing the same way.
import type { SourceRole } from "../sourcing/schemas";
import type { HopRelation, SourceType, StandingStatus } from "../vocabulary";

export const ARTICLE_WORDS = "this article";

const SOURCE_TYPE_WORDS: Record<SourceType, string> = {
  PERSON: "Person",
  GROUP: "Group",
  ORGANIZATION: "Organisation",
  OUTLET: "News outlet",
  OFFICIAL_STATEMENT: "Official statement",
  DOCUMENT: "Document",
  RECORDING: "Recording",
  DATASET: "Dataset",
  EVENT: "Event",
};

const RELATION_WORDS: Record<HopRelation, string> = {
  SAID_TO: "said to",
  REPORTED_BY: "reported by",
  QUOTED_BY: "quoted by",
  PARAPHRASED_BY: "paraphrased by",
  BASED_ON: "used by",
  CONFIRMED_BY: "confirmed by",
  DENIED_BY: "denied by",
};

const STANDING_WORDS: Record<StandingStatus, string | null> = {
  ACTIVE: null,
  CORRECTED: "Corrected",
  RETRACTED: "Retracted",
};

const ROLE_WORDS: Record<SourceRole, string> = {
  speaker: "the claim is attributed to it",
  origin: "where the claim starts",
  intermediary: "passes the claim on",
  named: "named in the article's text",
  record_statement: "says whether a primary record exists",
};

export function describeSourceType(type: SourceType): string {
  return SOURCE_TYPE_WORDS[type];
}

export function describeRelation(relation: HopRelation): string {
  return RELATION_WORDS[relation];
}

/** "Corrected", "Retracted", or null for a source in good standing. */
export function describeStanding(standing: StandingStatus): string | null {
  return STANDING_WORDS[standing];
}

export function describeRole(role: SourceRole): string {
  return ROLE_WORDS[role];
}

export function formatPercent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export function pluralize(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** At most `limit` characters, cut between words with an ellipsis. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The words between curly quotes, unless the quote already brings its own. */
export function wrapQuote(text: string): string {
  return /^[“"‘'«]/.test(text) ? text : `“${text}”`;
}
