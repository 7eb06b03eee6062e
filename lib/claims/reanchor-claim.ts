// Re-anchors a claim after its article's body changed. Its words are searched on a normalised
// view of both versions (so whitespace, Unicode form or apostrophe style alone never flag it),
// never at a place that cuts a word or number it did not cut. A place is taken only when it is
// this claim's, not the survivor of another occurrence of the same words: the claim's
// remembered prefix and suffix, and the diff's view of what survived where, must point to it
// more than to any other old occurrence, and no other new place may score as well. Otherwise
// the claim is flagged `needs_review`, shown where its old span now lies, old and new words
// side by side; no claim is ever dropped.
import type { z } from "zod";
import {
  agreement,
  type Context,
  contextOf,
  findOccurrences,
  MAX_OCCURRENCES,
  normalizeContext,
  type Occurrence,
} from "./find-occurrences";
import { mapOffsets, type OffsetMap } from "./map-offsets";
import { buildMatchView, type MatchView, normalizeForMatch, viewIndexAt } from "./match-view";
import { placeForReview } from "./place-for-review";
import type { ReanchorStatusSchema } from "./reanchor-status";
import { anchorSpan } from "./text-anchor";
import { cutsWord, hasWords } from "./word-boundaries";

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

/** A claim as stored: UTF-16 offsets into the old body (end exclusive), its words and context. */
export type StoredAnchor = { start: number; end: number; exact: string; prefix: string; suffix: string };

/** Both versions of a body, prepared once for all the claims of a revision. */
export type Revision = { oldBody: string; newBody: string; oldView: MatchView; newView: MatchView; offsets: OffsetMap };

export function prepareRevision(oldBody: string, newBody: string): Revision {
  return {
    oldBody,
    newBody,
    oldView: buildMatchView(oldBody),
    newView: buildMatchView(newBody),
    offsets: mapOffsets(oldBody, newBody),
  };
}

/** Re-anchors every claim of an article (pure: the revision service runs it before writing). */
export function reanchorClaims(oldBody: string, newBody: string, claims: StoredAnchor[]): ReanchorResult[] {
  const revision = prepareRevision(oldBody, newBody);
  return claims.map((claim) => reanchorClaim(claim, revision));
}

export function reanchorClaim(claim: StoredAnchor, revision: Revision): ReanchorResult {
  const place = findPlace(claim, revision);
  if (place) {
    const anchor = anchorSpan(revision.newBody, place.start, place.end);
    const unchanged =
      anchor.start === claim.start &&
      anchor.exact === claim.exact &&
      anchor.prefix === claim.prefix &&
      anchor.suffix === claim.suffix;
    return { status: unchanged ? "unchanged" : "moved", ...anchorFields(anchor) };
  }
  const { start, end } = placeForReview(claim, revision.newBody, revision.offsets);
  const body = revision.newBody;
  return {
    status: "needs_review",
    start,
    end,
    text: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - claim.prefix.length), start),
    suffix: body.slice(end, end + claim.suffix.length),
  };
}

function anchorFields(anchor: ReturnType<typeof anchorSpan>) {
  return { start: anchor.start, end: anchor.end, text: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}

type Scored = { occurrence: Occurrence; score: number; context: number; survived: boolean };

function findPlace(claim: StoredAnchor, revision: Revision): Occurrence | null {
  const { oldBody, newBody, oldView, newView, offsets } = revision;
  const words = normalizeForMatch(claim.exact);
  if (!hasWords(words)) return null;
  const matchesOld = oldBody.slice(claim.start, claim.end) === claim.exact;
  const allowCut = {
    start: matchesOld && cutsWord(oldBody, claim.start),
    end: matchesOld && cutsWord(oldBody, claim.end),
  };
  const candidates = findOccurrences(newView, newBody, words, allowCut);
  if (candidates.length === 0 || candidates.length > MAX_OCCURRENCES) return null;

  const remembered = normalizeContext(claim.prefix, claim.suffix);
  const ownViewStart = matchesOld ? viewIndexAt(oldView, claim.start) : -1;
  const others = findOccurrences(oldView, oldBody, words, allowCut).filter((o) => o.viewStart !== ownViewStart);
  const own: Occurrence | null = matchesOld
    ? { start: claim.start, end: claim.end, viewStart: ownViewStart, viewEnd: ownViewStart + words.length }
    : null;

  const score = (old: Occurrence | null, context: Context, candidate: Occurrence): Scored => {
    const agree = agreement(newView, candidate, context);
    const survived = Boolean(old && offsets.intact(old.start, old.end) && offsets.map(old.start) === candidate.start);
    const contextScore = agree.prefix + agree.suffix;
    return { occurrence: candidate, context: contextScore, survived, score: contextScore + (survived ? 1 : 0) };
  };

  const ranked = candidates.map((candidate) => score(own, remembered, candidate)).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  if (ranked[1] && ranked[1].score === best.score) return null;
  // The place may be where another occurrence of the same words survived: then it is that one's.
  for (const other of others) {
    const rival = score(other, contextOf(oldView, other, remembered), best.occurrence);
    if (rival.score >= best.score) return null;
  }
  const unique = others.length === 0 && candidates.length === 1;
  const enough = best.survived || best.context >= 1 || (unique && (best.context >= 0.5 || countWords(words) >= 4));
  return enough ? best.occurrence : null;
}

function countWords(text: string): number {
  return text.split(" ").filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
