// A claim as the article page sends it to the browser: only what its highlight and its sourcing
// panel show, worked out on the server, with nothing the page already carries said again (the
// words are the body's own between `start` and `end` unless the recorded quote differs). The
// page's payload for the browser repeats every prop of a client component, so these stay small;
// the chain, its hops and the diagram are on the claim page.
import { classifyClaim, type Strength } from "@/lib/reader/claim-strength";
import { describeDispute } from "@/lib/reader/describe-dispute";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import type { ArticleSourcing, SourceDetail } from "@/lib/sourcing/schemas";
import type { ClaimKind, ReviewState } from "@/lib/vocabulary";

/** A corrected or retracted source the claim rests on, with the newsroom's note for readers. */
type StandingSource = Pick<SourceDetail, "id" | "name" | "standing" | "standingNote">;

/** Optional fields are left out when empty (an absent prop costs no bytes). Offsets: UTF-16. */
export type PageClaim = {
  id: string;
  start: number;
  end: number;
  strength: Strength;
  kind: ClaimKind;
  /** Absent when the speaker asserts the words (lib/words/claim-statement.ts reads it so too). */
  stance?: "DENIES";
  speakerName?: string;
  /** The recorded quote, only when it is not the body's words between `start` and `end`. */
  quote?: string;
  dispute?: string;
  plainWords?: string;
  summary: string;
  standing?: StandingSource[];
  /** Set only for a member's view of a claim readers do not see yet (any state but PUBLISHED). */
  unpublished?: Exclude<ReviewState, "PUBLISHED">;
};

/** Each claim of the article in reading order (its number is its index + 1). */
export function toPageClaims({ article, claims, sources }: ArticleSourcing): PageClaim[] {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return claims.map((claim) => {
    const dispute = describeDispute(claim);
    const plainWords = describeIndirectReporting(claim);
    const standing = claim.graph.sources.flatMap((ref) => {
      const source = sourceById.get(ref.id);
      return source && source.standing !== "ACTIVE"
        ? [{ id: source.id, name: source.name, standing: source.standing, standingNote: source.standingNote ?? null }]
        : [];
    });
    return {
      id: claim.id,
      start: claim.start,
      end: claim.end,
      strength: classifyClaim(claim),
      kind: claim.kind,
      ...(claim.stance === "DENIES" ? { stance: claim.stance } : {}),
      ...(claim.speaker ? { speakerName: claim.speaker.name } : {}),
      ...(article.body.slice(claim.start, claim.end) === claim.quote ? {} : { quote: claim.quote }),
      ...(dispute ? { dispute } : {}),
      ...(plainWords ? { plainWords } : {}),
      summary: claim.provenance.summary,
      ...(standing.length > 0 ? { standing } : {}),
      ...(claim.reviewState && claim.reviewState !== "PUBLISHED" ? { unpublished: claim.reviewState } : {}),
    };
  });
}

/** The claim's recorded words. */
export function quoteOf(claim: PageClaim, body: string): string {
  return claim.quote ?? body.slice(claim.start, claim.end);
}
