// The words editors read for source types, reliability ratings and links, in one place for the
// source pages, their forms and the documentation.
import type { ReliabilityRating, SourceLinkKind, SourceType } from "../vocabulary";

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  PERSON: "person",
  GROUP: "group of people",
  ORGANIZATION: "organisation",
  OUTLET: "news outlet",
  OFFICIAL_STATEMENT: "official statement or note",
  DOCUMENT: "document",
  RECORDING: "recording",
  DATASET: "dataset",
  EVENT: "event (a briefing, an interview)",
};

export const RATING_LABEL: Record<ReliabilityRating, string> = {
  ESTABLISHED: "established",
  PARTISAN: "partisan",
  UNKNOWN: "unknown",
  STATE_CONTROLLED: "state-controlled",
  SATIRE: "satire",
  KNOWN_FOR_FABRICATION: "known for fabrication",
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

export function describeLink(kind: SourceLinkKind, direction: LinkDirection, otherName: string): string {
  return `${LINK_PHRASE[kind][direction]} ${otherName}`;
}

/**
 * Which group a link is shown in. People and the organisations they speak for or belong to are
 * kept apart from the documents, statements and recordings a source produced.
 */
export function linkGroup(kind: SourceLinkKind): "affiliation" | "production" {
  return kind === "PRODUCED_BY" ? "production" : "affiliation";
}
