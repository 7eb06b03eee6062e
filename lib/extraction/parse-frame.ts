// Finds the attribution frame of one sentence around its reporting verb: "X said that …",
// "…, X said", "…,” said X", "X urged Y to …". Works on text whose quotations are masked, so
// the words someone is quoted as saying never look like attribution.

import { findNames } from "./find-names.ts";
import type { Frame } from "./frame.ts";
import { isOutletName, OUTLET_INTRODUCERS } from "./name-lexicon.ts";
import { RELATIVE, tryPostposed } from "./parse-postposed-frame.ts";
import { tryPreposed } from "./parse-preposed-frame.ts";
import { parseQuotedAs, parseRoutePhrase, parseSaying } from "./parse-relayed-frame.ts";
import { findSpeechVerbs, type VerbHit } from "./speech-verbs.ts";

const SUBORDINATE = /^(?:though|although|whereas|even\s+though|while)\b/;

// "The New York Times, which first reported on the talks, said…" and "…, though the department
// has confirmed only two deaths": verbs of a relative or concessive clause are background.
function insideSecondaryClause(masked: string, hit: VerbHit): boolean {
  const clauseStart = Math.max(masked.lastIndexOf(",", hit.start), masked.lastIndexOf("(", hit.start)) + 1;
  const clause = masked.slice(clauseStart, hit.start).trim();
  return RELATIVE.test(clause) || (clauseStart > 0 && SUBORDINATE.test(clause));
}

// "China's Foreign Ministry warned that …, state news agency Xinhua reported.": the outlet
// relays an attribution of its own; its speaker is the claim's origin.
function nestRelayedFrame(masked: string, text: string, outer: Frame, hits: VerbHit[]): Frame {
  const content = outer.contents[0];
  if (!content || !outer.subject || outer.mode !== "post") return outer;
  const relayer = masked.slice(outer.subject.start, outer.subject.end);
  if (
    !/^report/.test(outer.verb ?? "") &&
    !findNames(relayer).some((n) => isOutletName(n.text)) &&
    !OUTLET_INTRODUCERS.test(relayer)
  )
    return outer;
  const inner = masked.slice(0, content.end);
  for (const hit of hits.filter((h) => h.end <= content.end)) {
    const frame = tryPreposed(inner, text.slice(0, content.end), hit);
    if (frame && frame.mode === "pre" && frame.subject) {
      return {
        ...frame,
        subject: outer.subject,
        origin: frame.subject,
        // The speaker's own attribution words: one verbatim run that does not take in the claim.
        cue: frame.cue,
      };
    }
  }
  return outer;
}

// A news sentence has a handful of reporting verbs; each one tried reads the sentence again, so
// a run-on "sentence" of a whole article (no full stop) keeps only its first and last few.
const MAX_VERBS_EACH_END = 8;

function capVerbs(hits: VerbHit[]): VerbHit[] {
  if (hits.length <= 2 * MAX_VERBS_EACH_END) return hits;
  return [...hits.slice(0, MAX_VERBS_EACH_END), ...hits.slice(-MAX_VERBS_EACH_END)];
}

export function parseFrame(masked: string, text: string): Frame | null {
  const quotedAs = parseQuotedAs(masked, text);
  if (quotedAs) return quotedAs;
  const hits = capVerbs(findSpeechVerbs(masked)).filter((hit) => !insideSecondaryClause(masked, hit));
  // An attribution closing the sentence ("…, the department said on Friday.") governs it, even
  // when an earlier verb belongs to the reported content ("officials have confirmed…").
  for (const hit of [...hits].reverse()) {
    const frame = tryPostposed(masked, text, hit);
    if (frame) return nestRelayedFrame(masked, text, frame, hits);
  }
  for (const hit of hits) {
    const frame = tryPreposed(masked, text, hit);
    if (frame) return frame;
  }
  return parseRoutePhrase(masked, text) ?? parseSaying(masked, text);
}
