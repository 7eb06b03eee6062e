// Re-anchors a claim after its article's body changed, using its stored selectors: first the
// exact words (disambiguated by prefix/suffix and by where the old position now lies), then the
// position. A claim whose words no longer occur is never dropped: it is placed where its old
// span now lies and flagged for an editor to review, old and new words side by side.
import type { z } from "zod";
import type { OffsetMap } from "./map-offsets";
import type { ReanchorStatusSchema } from "./reanchor-status";
import { anchorSpan, type TextAnchor } from "./text-anchor";

type ReanchorStatus = z.infer<typeof ReanchorStatusSchema>;

export type ReanchorResult = {
  status: ReanchorStatus;
  start: number;
  end: number;
  /** The words now at start..end (empty when the span was deleted). */
  text: string;
  prefix: string;
  suffix: string;
};

export type StoredAnchor = { start: number; end: number; exact: string; prefix: string; suffix: string };

export function reanchorClaim(claim: StoredAnchor, newBody: string, map: OffsetMap): ReanchorResult {
  const expectedAt = map(claim.start);
  const occurrences = findAll(newBody, claim.exact);
  if (occurrences.length > 0) {
    const best = occurrences
      .map((start) => ({ start, score: contextScore(newBody, start, claim), distance: Math.abs(start - expectedAt) }))
      .sort((a, b) => b.score - a.score || a.distance - b.distance)[0]!;
    const anchor = anchorSpan(newBody, best.start, best.start + claim.exact.length);
    const unchanged = anchor.start === claim.start && anchor.prefix === claim.prefix && anchor.suffix === claim.suffix;
    return fromAnchor(unchanged ? "unchanged" : "moved", anchor);
  }
  const start = Math.min(expectedAt, newBody.length);
  const end = Math.max(start, Math.min(map(claim.end), newBody.length));
  return {
    status: "needs_review",
    start,
    end,
    text: newBody.slice(start, end),
    prefix: newBody.slice(Math.max(0, start - claim.prefix.length), start),
    suffix: newBody.slice(end, end + claim.suffix.length),
  };
}

function fromAnchor(status: ReanchorStatus, anchor: TextAnchor): ReanchorResult {
  return {
    status,
    start: anchor.start,
    end: anchor.end,
    text: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
  };
}

function findAll(body: string, words: string): number[] {
  const found: number[] = [];
  if (!words) return found;
  for (let at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) found.push(at);
  return found;
}

/** How many characters of the stored prefix and suffix still surround an occurrence. */
function contextScore(body: string, start: number, claim: StoredAnchor): number {
  const before = body.slice(0, start);
  const after = body.slice(start + claim.exact.length);
  let score = 0;
  while (
    score < claim.prefix.length &&
    before[before.length - 1 - score] === claim.prefix[claim.prefix.length - 1 - score]
  )
    score++;
  let suffixScore = 0;
  while (suffixScore < claim.suffix.length && after[suffixScore] === claim.suffix[suffixScore]) suffixScore++;
  return score + suffixScore;
}
