// The paragraph a claim sits in, split around the claim, for the claim's own page.
export type QuoteInContext = { before: string; quote: string; after: string };

export function quoteInContext(body: string, claim: { start: number; end: number }): QuoteInContext {
  const from = body.lastIndexOf("\n", claim.start - 1) + 1;
  const next = body.indexOf("\n", claim.end);
  const to = next < 0 ? body.length : next;
  return {
    before: body.slice(from, claim.start),
    quote: body.slice(claim.start, claim.end),
    after: body.slice(claim.end, to),
  };
}
