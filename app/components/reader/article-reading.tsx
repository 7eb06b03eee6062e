"use client";
// The article's text with each claim highlighted, then every claim's sourcing in reading order,
// rendered in the browser's bundle from the small props of page-claim.ts: the page's payload for
// the browser carries the body once and each claim's few strings once, not the markup of every
// highlight and panel. `children`: the article's head (title, notices, figures, legend).
import type { ReactNode } from "react";
import { ArticleText } from "./article-text";
import { ClaimList } from "./claim-list";
import type { PageClaim } from "./page-claim";

export function ArticleReading({ body, claims, children }: { body: string; claims: PageClaim[]; children: ReactNode }) {
  return (
    <>
      <article>
        {children}
        <ArticleText body={body} claims={claims} />
      </article>
      <ClaimList body={body} claims={claims} />
    </>
  );
}
