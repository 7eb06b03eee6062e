// The evidence of hops that no other item cites: a hop whose address was recorded but which is
// neither through a work (cited-works.ts), an interview (cited-interviews.ts) nor a first-hand
// remark to people (cited-remarks.ts): a second-hand step between people, a confirmation or
// denial by someone, a speaker into this article. What the address
// holds and who made it were not recorded, so the item says only which step it is evidence of,
// with the date, archive copy and capture the hops recorded (issue 11: each hop's evidence
// becomes an item). A hop that recorded no address has no evidence to cite: the chain names it.
import type { HopRelation, StandingStatus } from "../vocabulary";
import { isCitedInterview } from "./cited-interviews";
import { isCitedRemark } from "./cited-remarks";
import { CITABLE_TYPES } from "./cited-works";
import type { ReportSource, SourcingReport } from "./sourcing-report";

export type HopEvidence = {
  /** "evidence-<teller id>-<receiver id or article id>", then "#2", "#3"… for other addresses or dates. */
  key: string;
  teller: ReportSource;
  /** null: the article the claim is in (`articleTitle`). */
  receiver: ReportSource | null;
  articleTitle: string;
  relation: HopRelation;
  url: string;
  issued: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  /** The worst standing among the hops and both ends: evidence of a retracted step is flagged. */
  standing: StandingStatus;
  /** Numbers of the report's claims whose hops recorded this evidence. */
  claims: number[];
};

const STANDING_ORDER: StandingStatus[] = ["ACTIVE", "CORRECTED", "RETRACTED"];
const worse = (a: StandingStatus, b: StandingStatus) =>
  STANDING_ORDER.indexOf(a) >= STANDING_ORDER.indexOf(b) ? a : b;

/**
 * `firstClaimNumber`: the number of the report's first claim. Hops are one item only when they
 * are the same step (teller, receiver, relation) and recorded the same address, date and archive
 * copy, and no two different captures: no claim is cited with a date its own hop did not record.
 */
export function collectHopEvidence(report: SourcingReport, firstClaimNumber = 1): HopEvidence[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const titles = new Map(report.articles.map((article) => [article.id, article.title]));
  const found: HopEvidence[] = [];
  report.claims.forEach((claim, index) => {
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const teller = sources.get(hop.from);
      const receiver = hop.to ? sources.get(hop.to) : null;
      const detail = details.get(hop.id);
      const url = detail?.evidenceUrl ?? detail?.evidenceArchiveUrl;
      if (!teller || receiver === undefined || !detail || !url) continue;
      const throughWork = CITABLE_TYPES.has(teller.type) || (receiver !== null && CITABLE_TYPES.has(receiver.type));
      if (throughWork || isCitedInterview(hop, teller) || (receiver && isCitedRemark(hop, teller, receiver))) continue;
      const evidence: HopEvidence = {
        key: "",
        teller,
        receiver,
        articleTitle: titles.get(claim.articleId) ?? "",
        relation: hop.relation,
        url,
        issued: detail.occurredAt ?? null,
        archiveUrl: detail.evidenceArchiveUrl,
        capturedAt: detail.evidenceCapturedAt ?? null,
        standing: worse(worse(teller.standing, receiver?.standing ?? "ACTIVE"), hop.standing),
        claims: [],
      };
      const known = found.find((other) => sameRecord(other, evidence)) ?? evidence;
      if (known === evidence) found.push(evidence);
      known.capturedAt ??= evidence.capturedAt;
      known.standing = worse(known.standing, evidence.standing);
      const number = firstClaimNumber + index;
      if (!known.claims.includes(number)) known.claims.push(number);
    }
  });
  const seen = new Map<string, number>();
  for (const evidence of found) {
    const step = `evidence-${evidence.teller.id}-${evidence.receiver?.id ?? "article"}`;
    const count = (seen.get(step) ?? 0) + 1;
    seen.set(step, count);
    evidence.key = count === 1 ? step : `${step}#${count}`;
  }
  return found;
}

function sameRecord(a: HopEvidence, b: HopEvidence): boolean {
  const sameCapture = a.capturedAt === b.capturedAt || a.capturedAt === null || b.capturedAt === null;
  return (
    a.teller.id === b.teller.id &&
    (a.receiver?.id ?? null) === (b.receiver?.id ?? null) &&
    a.articleTitle === b.articleTitle &&
    a.relation === b.relation &&
    a.url === b.url &&
    a.issued === b.issued &&
    a.archiveUrl === b.archiveUrl &&
    sameCapture
  );
}
