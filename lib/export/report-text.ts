// Wording shared by the human-readable formats (CSV, Markdown, HTML), so that a claim reads the
// same in every export.
import { ARTICLE_WORDS, DIRECTNESS_WORDS, PRIMARY_RECORD_STATE_WORDS } from "../words/display-words";
import { capitalize, formatPercent } from "../words/phrasing";
import type { ReportArticle, ReportClaim } from "./sourcing-report";

export function labelDirectness(claim: ReportClaim): string {
  return capitalize(DIRECTNESS_WORDS[claim.provenance.directness]);
}

export function labelPrimaryRecord(claim: ReportClaim): string {
  return PRIMARY_RECORD_STATE_WORDS[claim.provenance.primaryRecord];
}

function nameSources(claim: ReportClaim): Map<string, string> {
  return new Map(claim.graph.sources.map((source) => [source.id, source.name]));
}

/** Each origin-to-article path as names; an unattributed claim has the article alone. */
function listChainPaths(claim: ReportClaim): string[][] {
  const names = nameSources(claim);
  if (claim.provenance.paths.length === 0) return [[ARTICLE_WORDS]];
  return claim.provenance.paths.map((path) => [...path.map((id) => names.get(id) ?? id), ARTICLE_WORDS]);
}

export function describeChains(claim: ReportClaim): string[] {
  return listChainPaths(claim).map((path) => path.join(" → "));
}

/** Source names in the order they first appear along the chain paths. */
export function listChainSourceNames(claim: ReportClaim): string[] {
  const names = nameSources(claim);
  const seen = new Set<string>();
  for (const path of claim.provenance.paths) for (const id of path) seen.add(id);
  for (const source of claim.graph.sources) seen.add(source.id);
  return [...seen].map((id) => names.get(id) ?? id);
}

export function describeWeakestLink(claim: ReportClaim): string | null {
  const link = claim.provenance.weakestLink;
  if (!link) return null;
  return `${link.fromName} → ${link.toName ?? ARTICLE_WORDS} (${formatPercent(link.confidence)}): ${link.reason}`;
}

/** The calendar date of an ISO date or date-time, or null when it is not one. */
export function toIsoDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function indexArticles(articles: readonly ReportArticle[]): Map<string, ReportArticle> {
  return new Map(articles.map((article) => [article.id, article]));
}
