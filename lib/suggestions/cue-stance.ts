// Whether a suggestion's cue denies what it introduces. Only the cue's own clause counts: a cue
// the extractor read on into another clause ("said Tom Voss, but Ann Roe denied it", "say
// critics, who deny any bias", "said, rejecting calls to reopen it") asserts, since the denying
// verb there belongs to someone else or to something other than the claim.
import type { ClaimStance } from "../vocabulary";

const DENIAL_VERB =
  /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|rebut(?:s|ted|ting)?)\b/i;
/**
 * Where the cue's own clause ends: a semicolon or dash, or a comma opening a coordinated
 * clause (", but", ", and", ", while"…), a relative clause (", who", ", which") or a participle
 * (", rejecting …"). An aside that names the speaker (", the mayor,") does not end it.
 */
const CLAUSE_END =
  /\s*[;—–]|\s+-\s|,\s+(?:but|and|or|yet|while|whereas|though|although|who|whom|whose|which|where|when|after|before|as)\b|,\s+\p{Ll}+ing\b/u;

/** The cue's clause up to CLAUSE_END (the whole cue when it has none). */
export function cueOwnClause(cue: string): string {
  const end = cue.search(CLAUSE_END);
  return end < 0 ? cue : cue.slice(0, end);
}

/** DENIES when the verb of the cue's own clause denies, rejects, refutes, dismisses or disputes; else ASSERTS. */
export function readCueStance(cue: string | null | undefined): ClaimStance {
  return cue && DENIAL_VERB.test(cueOwnClause(cue)) ? "DENIES" : "ASSERTS";
}
