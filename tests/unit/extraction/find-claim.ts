import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import type { SuggestedClaim } from "../../../lib/extraction/suggested-claim.ts";

// The suggested claim whose text contains `fragment`; fails loudly when there is none.
export function findClaimAbout(claims: SuggestedClaim[], fragment: string): SuggestedClaim {
  const found = claims.find((c) => c.text.includes(fragment));
  if (!found)
    throw new Error(`no suggested claim contains "${fragment}"; got ${JSON.stringify(claims.map((c) => c.text))}`);
  return found;
}

export function extractClaimAbout(text: string, fragment: string): SuggestedClaim {
  return findClaimAbout(extractClaims(text), fragment);
}
