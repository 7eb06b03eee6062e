// A claim as the article page shows it: its number in reading order and its class.
import { classifyClaim, type Strength } from "@/lib/reader/claim-strength";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";

export type ReaderClaim = { claim: ClaimSourcing; number: number; strength: Strength };

export function toReaderClaims(claims: readonly ClaimSourcing[]): ReaderClaim[] {
  return claims.map((claim, index) => ({ claim, number: index + 1, strength: classifyClaim(claim) }));
}
