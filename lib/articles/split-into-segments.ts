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

/**
 * For each claim, the id of the claim whose mark in the text shows where its words begin: its
 * own, or, when an earlier claim's mark covers its words (the overlap rule above), that claim's.
 * A claim whose words lie outside the body maps to nothing. Shape: claim id → claim id.
 */
export function markOfEachClaim(
  body: string,
  claims: Array<{ id: string; start: number; end: number }>,
): Map<string, string> {
  const marks: Array<{ start: number; end: number; claimId: string }> = [];
  let offset = 0;
  for (const segment of segmentBody(body, claims)) {
    if (segment.claimId && segment.text)
      marks.push({ start: offset, end: offset + segment.text.length, claimId: segment.claimId });
    offset += segment.text.length;
  }
  // Marks come in text order and do not overlap: one binary search per claim, not a scan.
  const marked = new Set(marks.map((mark) => mark.claimId));
  const owners = new Map<string, string>();
  for (const claim of claims) {
    const owner = marked.has(claim.id) ? claim.id : markAt(marks, claim.start)?.claimId;
    if (owner) owners.set(claim.id, owner);
  }
  return owners;
}

/** The mark covering UTF-16 offset `at`, if any; `marks` sorted by start and not overlapping. */
function markAt<T extends { start: number; end: number }>(marks: T[], at: number): T | undefined {
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mark = marks[middle]!;
    if (at < mark.start) high = middle - 1;
    else if (at >= mark.end) low = middle + 1;
    else return mark;
  }
  return undefined;
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
