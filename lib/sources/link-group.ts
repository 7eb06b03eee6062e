// Which group a source link is shown in on a source's page.
import type { SourceLinkKind } from "../vocabulary";

/**
 * People and the organisations they speak for or belong to are kept apart from the documents,
 * statements and recordings a source produced.
 */
export function linkGroup(kind: SourceLinkKind): "affiliation" | "production" {
  return kind === "PRODUCED_BY" ? "production" : "affiliation";
}
