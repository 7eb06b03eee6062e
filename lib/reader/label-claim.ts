// What assistive technology announces for a highlighted claim: its number, class and words.
import { STRENGTH_INFO, type Strength } from "./claim-strength";

export function labelClaim(number: number, strength: Strength, quote: string): string {
  return `Claim ${number}, ${STRENGTH_INFO[strength].label.toLowerCase()}: ${quote}`;
}
