// An article's claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD,
// readable by annotation tools (Hypothesis, Apache Annotator): one annotation per claim, its
// target the article with a TextQuoteSelector and a TextPositionSelector. The model counts
// positions in Unicode code points while Claimtrail stores UTF-16 offsets, so every position is
// converted: an emoji before a claim shifts it by one. Claims flagged for review after an edit
// are left out: where their words stand is not known until an editor decides. The body states the
// claim as its speaker's statement before its sourcing: a tool showing the highlighted words with
// "Direct: Meridian → this article" alone would read a denial as Meridian's assertion (issue 11).
import type { ArticleSourcing } from "../sourcing/schemas";
import { stateClaim } from "../words/claim-statement";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type W3cLinks = { baseUrl: string };

export function formatW3cAnnotations(sourcing: ArticleSourcing, links: W3cLinks): string {
  const { article } = sourcing;
  const base = links.baseUrl.replace(/\/$/, "");
  const readerPage = `${base}/articles/${encodeURIComponent(article.slug)}`;
  const claims = sourcing.claims.filter((claim) => claim.anchorState !== "NEEDS_REVIEW");
  const items = claims.map((claim) => ({
    id: `${base}/claims/${claim.id}`,
    type: "Annotation",
    motivation: "describing",
    body: {
      type: "TextualBody",
      purpose: "describing",
      format: "text/plain",
      value: `${stateClaim({ ...claim, speakerName: claim.speaker?.name ?? null }).text} ${claim.provenance.summary}`,
    },
    target: {
      source: article.url ?? readerPage,
      selector: [
        { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
        {
          type: "TextPositionSelector",
          start: codePointOffset(article.body, claim.start),
          end: codePointOffset(article.body, claim.end),
        },
      ],
    },
  }));
  const collection = {
    "@context": CONTEXT,
    id: `${readerPage}#annotations`,
    type: "AnnotationCollection",
    label: article.title,
    total: items.length,
    first: { id: `${readerPage}#annotations-page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** The number of code points in body[0, utf16Offset). */
function codePointOffset(body: string, utf16Offset: number): number {
  let count = 0;
  for (let at = 0; at < utf16Offset; count++) at += body.codePointAt(at)! > 0xffff ? 2 : 1;
  return count;
}
