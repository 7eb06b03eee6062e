// The article-page figures computed straight from an annotation file (the reference the seed was
// annotated with), independently of the import and the provenance analysis, to check them against.
import { PARALLEL_SEPARATOR, THIS_ARTICLE } from "@/lib/annotation/annotation-file";

export type FigureClaim = { chain: string[]; indirect: boolean; primary_evidence?: string; status?: string };

export type AnnotationFigures = {
  claims: number;
  indirect: number;
  noPrimaryRecord: number;
  attributed: number;
  singleSource: number;
  unattributed: number;
  disputed: number;
};

/**
 * Independent lines of a chain whose steps are fully joined to the next: with steps between the
 * origin and the article, the narrowest of them (an origin may feed several lines); without,
 * one line per origin.
 */
export function countChainLines(chain: readonly string[]): number {
  const steps = chain.filter((step) => step !== THIS_ARTICLE).map((step) => step.split(PARALLEL_SEPARATOR).length);
  if (steps.length === 0) return 0;
  const between = steps.slice(1);
  return between.length > 0 ? Math.min(...between) : steps[0]!;
}

export function computeAnnotationFigures(claims: readonly FigureClaim[]): AnnotationFigures {
  const attributed = claims.filter((claim) => claim.chain.length > 1);
  return {
    claims: claims.length,
    indirect: claims.filter((claim) => claim.indirect).length,
    noPrimaryRecord: claims.filter((claim) => (claim.primary_evidence ?? "").startsWith("not available")).length,
    attributed: attributed.length,
    singleSource: attributed.filter((claim) => countChainLines(claim.chain) === 1).length,
    unattributed: claims.length - attributed.length,
    disputed: claims.filter((claim) =>
      ["disputed", "denied", "corrected", "retracted"].includes(claim.status ?? "asserted"),
    ).length,
  };
}
