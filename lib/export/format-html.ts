// A standalone, printable HTML report (chromium prints it to PDF): everything from users is
// escaped, links are http(s) only, and each claim's chain is drawn as an inline SVG.

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
import { drawChainDiagram } from "./chain-diagram";
import { formatBibliography } from "./citation";
import { buildCslItems } from "./csl-items";
import { REPORT_CSS } from "./html-styles";
import { judgeSourcing } from "./judgement";
import { escapeHtml, toSafeHref } from "./markup-escape";
import { formatInSections, type SectionedFormat, type SectionPlace } from "./report-sections";
import { describeChains, describeWeakestLink, labelDirectness, labelPrimaryRecord, toIsoDate } from "./report-text";
import type { ReportArticle, ReportClaim, ReportHop, SourcingReport } from "./sourcing-report";
import { qualifySourcingFigures } from "./verdict-against";

function link(text: string, url: string | null | undefined): string {
  const href = toSafeHref(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function fact(term: string, valueHtml: string): string {
  return `<dt>${escapeHtml(term)}</dt><dd>${valueHtml}</dd>`;
}

function renderArticleHeader(article: ReportArticle | null, articleId: string): string {
  if (!article) return `<h2>Article ${escapeHtml(articleId)}</h2>`;
  const meta = [
    article.publisher ? escapeHtml(article.publisher) : null,
    article.publishedAt ? `published ${escapeHtml(toIsoDate(article.publishedAt) ?? article.publishedAt)}` : null,
    `language ${escapeHtml(article.language)}`,
    article.url ? link(article.url, article.url) : null,
    article.publicUrl ? link("Claimtrail page", article.publicUrl) : null,
  ].filter(Boolean);
  return `<h2>${escapeHtml(article.title)}</h2>\n<p class="meta">${meta.join(" · ")}</p>`;
}

function renderStep(hop: ReportHop): string {
  const evidence = [
    hop.evidenceUrl ? link("evidence", hop.evidenceUrl) : null,
    hop.evidenceArchiveUrl ? link("archived copy", hop.evidenceArchiveUrl) : null,
    hop.evidenceQuote ? `“${escapeHtml(hop.evidenceQuote)}”` : null,
    hop.evidenceNote ? escapeHtml(hop.evidenceNote) : null,
  ].filter(Boolean);
  const nature = `${RELATION_WORDS[hop.relation]}, ${describeHand(hop.firstHand)}, ${formatPercent(hop.confidence)}`;
  const step = `${escapeHtml(hop.fromName)} → ${escapeHtml(hop.toName ?? ARTICLE_WORDS)}`;
  return `<li>${step} <span class="meta">(${escapeHtml(nature)})</span>${evidence.length ? `: ${evidence.join(" · ")}` : ""}</li>`;
}

function renderClaim(claim: ReportClaim, number: number): string {
  const provenance = claim.provenance;
  const judgement = judgeSourcing(provenance);
  const weakest = describeWeakestLink(claim);
  const statement = stateClaim(claim);
  const speaker = claim.speakerName ? escapeHtml(claim.speakerName) : "none named";
  const against = qualifySourcingFigures(claim.status);
  const facts = [
    fact("Speaker", `${speaker}${claim.cue ? ` <span class="meta">(“${escapeHtml(claim.cue)}”)</span>` : ""}`),
    fact(
      "Kind · stance · status",
      escapeHtml(
        `${CLAIM_KIND_WORDS[claim.kind]} · the speaker ${STANCE_WORDS[claim.stance]} it · ${CLAIM_STATUS_WORDS[claim.status]}`,
      ),
    ),
    fact(
      "Directness",
      escapeHtml(
        `${labelDirectness(claim)} · ${provenance.hopsToOrigin ?? "n/a"} hop(s) to origin · ${provenance.independentPaths} independent path(s)`,
      ),
    ),
    fact("Primary record", escapeHtml(labelPrimaryRecord(claim))),
    against ? fact("Verdict", escapeHtml(against)) : "",
    fact(
      "Confidence",
      `${formatPercent(provenance.confidence)} sourcing rating <span class="rating rating-${judgement.ratingValue}">${judgement.ratingValue}/5</span> rule <code>${escapeHtml(judgement.rule)}</code>: ${escapeHtml(judgement.label)}`,
    ),
    weakest ? fact("Weakest link", escapeHtml(weakest)) : "",
    claim.publicUrl ? fact("Claim page", link(claim.publicUrl, claim.publicUrl)) : "",
  ];
  const chains = describeChains(claim)
    .map((chain) => `<div>${escapeHtml(chain)}</div>`)
    .join("");
  return [
    `<li class="claim" id="claim-${escapeHtml(claim.id)}">`,
    `<h3>Claim ${number}</h3>`,
    // Quotation marks and a quote block only for a direct quote: a paraphrase is reported speech.
    claim.kind === "DIRECT_QUOTE"
      ? `<blockquote>${escapeHtml(statement.text)}</blockquote>`
      : `<p class="claim-words">${escapeHtml(statement.text)}</p>`,
    `<dl class="facts">${facts.join("")}</dl>`,
    `<figure class="chain">${drawChainDiagram(claim, number)}<figcaption>${chains}</figcaption></figure>`,
    claim.hops.length ? `<ul class="steps">${claim.hops.map(renderStep).join("")}</ul>` : "",
    `<p class="summary">${escapeHtml(provenance.summary)}</p>`,
    "</li>",
  ].join("\n");
}

function renderSources(part: SourcingReport): string {
  const rows = [...part.sources]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (source) =>
        `<tr><td>${link(source.name, source.url)}</td><td>${escapeHtml(SOURCE_TYPE_WORDS[source.type])}</td><td>${escapeHtml(STANDING_WORDS[source.standing])}</td><td>${escapeHtml(source.notes ?? "")}</td></tr>`,
    );
  return `<table class="sources"><thead><tr><th>Source</th><th>Type</th><th>Standing</th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/**
 * Footer for chromium's PDF printing when its own header/footer is switched on (playwright's
 * `footerTemplate`); with it off, the @page margin boxes of the stylesheet number the pages.
 */
export function buildPrintFooterTemplate(report: SourcingReport): string {
  return `<div style="font: 8px system-ui, sans-serif; color: #666; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;"><span>${escapeHtml(report.workspace.name)} · ${escapeHtml(report.scope.label)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/**
 * One article: its header, its claims (numbered on from the previous article's), the sources
 * they name and the works they rely on.
 */
function renderArticle(part: SourcingReport, place: SectionPlace): string {
  const claims = part.claims.map((claim, index) => renderClaim(claim, place.firstClaimNumber + index));
  const articleTitle = place.manyArticles ? (part.articles[0]?.title ?? null) : null;
  const bibliography = formatBibliography(
    buildCslItems(part, { firstClaimNumber: place.firstClaimNumber, articleTitle }),
    "html",
  );
  return [
    '<section class="article">',
    renderArticleHeader(part.articles[0] ?? null, part.claims[0]?.articleId ?? ""),
    '<ol class="claims">',
    claims.join("\n"),
    "</ol>",
    `<section class="sources-list"><h3>Sources</h3>${renderSources(part)}</section>`,
    ...(bibliography ? [`<section class="bibliography"><h3>Bibliography</h3>${bibliography}</section>`] : []),
    "</section>",
  ].join("\n");
}

export const HTML_SECTIONS: SectionedFormat = {
  open(head) {
    const title = `Sourcing report: ${head.scope.label}`;
    return `<!doctype html>
<html lang="${escapeHtml(head.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Claimtrail">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(head.workspace.name)} · generated ${escapeHtml(toIsoDate(head.generatedAt) ?? head.generatedAt)} · ${countNoun(head.claimCount, "claim")} · ${countNoun(head.sourceCount, "source")}</p>
</header>
<main>
`;
  },
  section: renderArticle,
  separator: "\n",
  close: (head) => `
</main>
<footer class="print-footer">${link(head.workspace.name, head.workspace.url)} · ${escapeHtml(head.generatedAt)}</footer>
</body>
</html>
`,
};

export function formatHtml(report: SourcingReport): string {
  return formatInSections(HTML_SECTIONS, report);
}
