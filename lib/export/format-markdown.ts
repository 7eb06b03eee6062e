// A readable Markdown report: each claim with its speaker, chain, evidence and judgement, then a
// bibliography of the cited sources.

import { countNoun } from "../count-noun";
import { stateClaim } from "../words/claim-statement";
import {
  ARTICLE_WORDS,
  CLAIM_KIND_WORDS,
  CLAIM_STATUS_WORDS,
  describeHand,
  RELATION_WORDS,
  SOURCE_TYPE_WORDS,
  STANCE_WORDS,
  STANDING_WORDS,
} from "../words/display-words";
import { formatPercent } from "../words/phrasing";
import { formatBibliography } from "./citation";
import { buildCslItems } from "./csl-items";
import { judgeSourcing } from "./judgement";
import { escapeMarkdown, linkMarkdown, linkMarkdownAddress } from "./markup-escape";
import { formatInSections, type SectionedFormat, type SectionPlace } from "./report-sections";
import { describeChains, describeWeakestLink, labelDirectness, labelPrimaryRecord, toIsoDate } from "./report-text";
import type { ReportArticle, ReportClaim, SourcingReport } from "./sourcing-report";
import { qualifySourcingFigures } from "./verdict-against";

function describeArticle(article: ReportArticle | null, articleId: string): string[] {
  if (!article) return [`## Article ${escapeMarkdown(articleId)}`, ""];
  const facts = [
    article.publisher ? `- Publisher: ${escapeMarkdown(article.publisher)}` : null,
    article.publishedAt
      ? `- Published: ${toIsoDate(article.publishedAt) ?? escapeMarkdown(article.publishedAt)}`
      : null,
    `- Language: ${escapeMarkdown(article.language)}`,
    article.url ? `- URL: ${linkMarkdownAddress(article.url)}` : null,
    article.publicUrl ? `- Claimtrail page: ${linkMarkdownAddress(article.publicUrl)}` : null,
  ];
  return [`## ${escapeMarkdown(article.title)}`, "", ...facts.filter((line): line is string => line !== null), ""];
}

function describeEvidence(claim: ReportClaim): string[] {
  return claim.hops.flatMap((hop) => {
    const step = `${escapeMarkdown(hop.fromName)} → ${escapeMarkdown(hop.toName ?? ARTICLE_WORDS)}`;
    const parts = [
      hop.evidenceUrl ? linkMarkdown("evidence", hop.evidenceUrl) : null,
      hop.evidenceArchiveUrl ? linkMarkdown("archived copy", hop.evidenceArchiveUrl) : null,
      hop.evidenceQuote ? `“${escapeMarkdown(hop.evidenceQuote)}”` : null,
      hop.evidenceNote ? escapeMarkdown(hop.evidenceNote) : null,
    ].filter((part): part is string => part !== null);
    const nature = `${RELATION_WORDS[hop.relation]}, ${describeHand(hop.firstHand)}, ${formatPercent(hop.confidence)}`;
    return [`  - ${step} (${nature})${parts.length ? `: ${parts.join(" · ")}` : ""}`];
  });
}

function describeClaim(claim: ReportClaim, number: number): string[] {
  const judgement = judgeSourcing(claim.provenance);
  const provenance = claim.provenance;
  const weakest = describeWeakestLink(claim);
  const statement = stateClaim(claim);
  const against = qualifySourcingFigures(claim.status);
  const lines = [
    `### Claim ${number}`,
    "",
    // Quotation marks and a quote block only for a direct quote: a paraphrase is reported speech.
    claim.kind === "DIRECT_QUOTE" ? `> ${escapeMarkdown(statement.text)}` : escapeMarkdown(statement.text),
    "",
    `- Speaker: ${claim.speakerName ? escapeMarkdown(claim.speakerName) : "none named"}${claim.cue ? ` (“${escapeMarkdown(claim.cue)}”)` : ""}`,
    `- Kind: ${CLAIM_KIND_WORDS[claim.kind]} · Stance: the speaker ${STANCE_WORDS[claim.stance]} it · Status: ${CLAIM_STATUS_WORDS[claim.status]}`,
    `- Directness: ${labelDirectness(claim)} · Hops to origin: ${provenance.hopsToOrigin ?? "n/a"} · Independent paths: ${provenance.independentPaths}`,
    `- Primary record: ${labelPrimaryRecord(claim)}`,
    ...(against ? [`- ${against}`] : []),
    `- Confidence: ${formatPercent(provenance.confidence)} · Sourcing rating ${judgement.ratingValue}/5 by rule \`${judgement.rule}\`: ${escapeMarkdown(judgement.label)}`,
    ...(weakest ? [`- Weakest link: ${escapeMarkdown(weakest)}`] : []),
    `- Chain: ${describeChains(claim).map(escapeMarkdown).join("; ")}`,
  ];
  const evidence = describeEvidence(claim);
  if (evidence.length) lines.push("- Steps:", ...evidence);
  if (claim.publicUrl) lines.push(`- Claim page: ${linkMarkdownAddress(claim.publicUrl)}`);
  lines.push("", escapeMarkdown(provenance.summary), "");
  return lines;
}

/** One article: its facts, its claims (numbered on from the previous article's), its sources and the works relied on. */
function describeArticleSection(part: SourcingReport, place: SectionPlace): string {
  const lines = describeArticle(part.articles[0] ?? null, part.claims[0]?.articleId ?? "");
  part.claims.forEach((claim, index) => {
    lines.push(...describeClaim(claim, place.firstClaimNumber + index));
  });
  lines.push("### Sources", "");
  for (const source of [...part.sources].sort((a, b) => a.name.localeCompare(b.name))) {
    const standing = source.standing === "ACTIVE" ? "" : ` (${STANDING_WORDS[source.standing]})`;
    lines.push(`- ${linkMarkdown(source.name, source.url)}: ${SOURCE_TYPE_WORDS[source.type]}${standing}`);
  }
  const articleTitle = place.manyArticles ? (part.articles[0]?.title ?? null) : null;
  const bibliography = formatBibliography(
    buildCslItems(part, { firstClaimNumber: place.firstClaimNumber, articleTitle }),
    "text",
  );
  if (bibliography) {
    lines.push("", "### Bibliography", "", ...bibliography.split("\n").map((entry) => `- ${escapeMarkdown(entry)}`));
  }
  return `${lines.join("\n")}\n`;
}

export const MARKDOWN_SECTIONS: SectionedFormat = {
  open: (head) =>
    `# Sourcing report: ${escapeMarkdown(head.scope.label)}\n\n${escapeMarkdown(head.workspace.name)} · generated ${toIsoDate(head.generatedAt)} · ${countNoun(head.claimCount, "claim")} · ${countNoun(head.sourceCount, "source")}\n\n`,
  section: describeArticleSection,
  // Each article ends its last line; a blank line before the next article's heading.
  separator: "\n",
  close: () => "",
};

export function formatMarkdown(report: SourcingReport): string {
  return formatInSections(MARKDOWN_SECTIONS, report);
}
