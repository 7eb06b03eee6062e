// Splits an article body into paragraphs of plain and claim segments for rendering, so pages
// can highlight claims without ever injecting HTML. Overlapping claims: the earlier one wins
// the overlap (a reader sees one highlight per word).
export type Segment = { text: string; claimId: string | null };

export function splitIntoSegments(
  body: string,
  claims: Array<{ id: string; start: number; end: number }>,
): Segment[][] {
  return splitParagraphs(segmentBody(body, claims));
}

/** The body as consecutive segments whose texts join back to exactly the body. */
export function segmentBody(body: string, claims: Array<{ id: string; start: number; end: number }>): Segment[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.start, cursor);
    if (claim.end <= start) continue;
    if (start > cursor) segments.push({ text: body.slice(cursor, start), claimId: null });
    segments.push({ text: body.slice(start, claim.end), claimId: claim.id });
    cursor = claim.end;
  }
  if (cursor < body.length) segments.push({ text: body.slice(cursor), claimId: null });
  return segments;
}

function splitParagraphs(segments: Segment[]): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  for (const segment of segments) {
    const parts = segment.text.split(/\n+/);
    parts.forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part) paragraphs.at(-1)!.push({ text: part, claimId: segment.claimId });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
