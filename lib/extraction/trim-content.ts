// Where the reported content of an attribution starts and stops: after "that" or the verb's
// object, and before trailing cues such as ", according to the reports" or ", adding that".

import { countWords } from "./find-quotes.ts";
import { OBJECT_VERBS, type Range, TIME_OF_SAYING } from "./speech-verbs.ts";

const ADVERBIAL = new RegExp(
  String.raw`^(?:on|in|at|during|late|early|last|this|earlier|later|overnight|yesterday|today|tonight|via|by|to|from|after|before|over|when|while|through|again|also|repeatedly|publicly|privately|separately|previously|recently|in\s+a\s+statement|${TIME_OF_SAYING})\b`,
  "i",
);
// "said Tuesday the ferry would run again": the day it was said is no part of what was said.
const TIME_LEAD = new RegExp(String.raw`^\s*(?:on\s+)?${TIME_OF_SAYING}\s+(?=\p{L})`, "u");

const CLAUSE_WORD =
  /\b(?:as|when|while|before|after|because|if|that|which|who|where|since|until|is|was|were|are|be|been|has|have|had|will|would|can|could|do|does|did|may|might|must|should)\b/i;

// Offset (in the unit) where the content after a reporting verb begins, or null when the verb
// has nothing after it ("…, the people cautioned.").
export function findContentStart(masked: string, verbEnd: number, verb: string): number | null {
  const rest = masked.slice(verbEnd);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  if (/^\s*[.!?]?\s*$/.test(rest)) return null;
  const stop = rest.search(/[,“"‘:;]|''/);
  const window = rest.slice(0, stop < 0 ? Math.min(rest.length, 160) : stop);
  const that = /^(.*?)\bthat\b\s*/s.exec(window);
  if (that) {
    const prefix = (that[1] ?? "").trim();
    const allowed = prefix === "" || ADVERBIAL.test(prefix) || OBJECT_VERBS.has(verb);
    if (allowed && countWords(prefix) <= 12) return verbEnd + that[0].length;
  }
  const quoted = /^\s*[:,]?\s*(?=[“"‘]|'')/.exec(rest);
  if (quoted) return verbEnd + quoted[0].length;
  // "wrote of the mayor: “…”", "said on Tuesday: “…”": a short phrase and a colon introduce the
  // quotation; the phrase is part of the attribution, the quotation is what was said.
  // A phrase holding a clause of its own ("suggested Curiel was from Mexico:", "said as the
  // heckler yelled:") is what was said, or another saying.
  const introduced = /^[^,“"‘:;.!?]{1,60}:\s*(?=[“"‘]|'')/.exec(rest);
  if (introduced && countWords(introduced[0]) <= 6 && !CLAUSE_WORD.test(introduced[0]))
    return verbEnd + introduced[0].length;
  if (/^\s*:/.test(rest)) return verbEnd + (/^\s*:\s*/.exec(rest)?.[0].length ?? 0);
  if (verb === "told" || verb === "tells") {
    // "told Coast FM: the pier is unsafe": the listener a colon closes is whole, a name of
    // several words included; the words after the colon are what was said.
    const toColon = /^\s+[^,“"‘:;.!?]{1,60}:\s*/.exec(rest);
    if (toColon && countWords(toColon[0]) <= 6 && !CLAUSE_WORD.test(toColon[0])) return verbEnd + toColon[0].length;
    // "told reporters the plan was dead": skip the listener before the clause.
    const listener =
      /^\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*|\p{Ll}+)(?:\s+(?:on|in|at|during)\s+[^,]*?,)?\s+/u.exec(
        rest,
      );
    return listener ? verbEnd + listener[0].length : null;
  }
  const time = TIME_LEAD.exec(rest);
  if (time) return verbEnd + time[0].length;
  if (ADVERBIAL.test(rest.slice(lead))) {
    const comma = /^[^,.]{0,60},\s*/.exec(rest);
    return comma ? verbEnd + comma[0].length : verbEnd + lead;
  }
  if (/^\s*[,.;]/.test(rest)) return null;
  return verbEnd + lead;
}

// ", calling the delay a small price", ", noting that fuel costs fell": a participle that reports
// again closes the clause before it and opens a second claim of the same speaker (PolNeAR
// annotates each; on its train split, every third article, 3,832 → 3,841 right of 5,748 →
// 5,759 predicted). "saying" is read by the frames, "citing" and "quoting" name a route.
const PARTICIPLE_CUE = String.raw`(?:calling|noting|arguing|insisting|warning|echoing|urging|predicting|describing|accusing|praising|explaining|acknowledging|conceding|stressing|claiming|asserting|contending|complaining|admitting|recalling|declaring|promising|vowing|pledging|suggesting|joking)\b`;
const TRAILING_CUE = new RegExp(
  String.raw`(?:,|(?<=[”"’]))\s+(?:as\s+(?:first\s+)?(?:reported|covered|carried|published|cited|quoted|broadcast|aired|told)\b|according\s+to\b|adding\b|citing\b|quoting\b|a\s+claim\b|claims?\s+that\b|in\s+an?\s+(?:interview|discussion|conversation|exchange|statement|post|podcast|briefing|call)\b|speaking\b|asking\b|telling\b|${PARTICIPLE_CUE}|who\s+(?:asked|spoke|declined|requested)\b|on\s+condition\b|(?:he|she|they|it|we|I)\s+(?:said|says|told|wrote|added|asserted|noted|insisted|argued|warned|stressed|explained)\b)`,
  "u",
);
// What ends an attribution's own clause after its speaker: a semicolon, a spaced dash, a
// conjunction opening another clause (", but Ann Roe denied it", ", and Ann Roe, the mayor,
// dismissed…"), or a participle doing something else (", rejecting calls to reopen it"); not a
// participle of the saying itself or its setting (", speaking on condition of anonymity",
// ", according to", ", adding that", ", during a visit").
const SETTING_PARTICIPLE = String.raw`(?:speaking|according|citing|quoting|adding|telling|asking|writing|responding|referring|testifying|appearing|addressing|reporting|commenting|answering|replying|talking|during|following|including|morning|evening|${PARTICIPLE_CUE})`;
const CLAUSE_AFTER_CUE = new RegExp(
  String.raw`(?<!\s)\s*;|(?<!\s)\s+(?:—|–|--)\s|,\s+(?:but|and|or|while|whereas|although|though|yet)\s|,\s+(?!${SETTING_PARTICIPLE})\p{Ll}+ing\b`,
  "u",
);

/** Where the attribution clause running from offset `from` of `masked` ends (an offset). */
export function endOfCueClause(masked: string, from: number): number {
  const m = CLAUSE_AFTER_CUE.exec(masked.slice(from));
  return m ? from + m.index : masked.length;
}

// "…, but Ann Roe disagreed", "…, while the mayor said…", "… — but Roe disagrees", "…, but Ann
// Roe, the mayor, disputed that": a clause of contrast whose own subject (an appositive passed
// over) speaks or disputes is another person's attribution, no part of this content.
const NOT_AUXILIARY = String.raw`(?!(?:is|was|were|are|be|been|being|has|have|had|not|never|it|this|that)\b)`;
export const CONTRASTING_SAYING = new RegExp(
  String.raw`(?:,|(?<!\s)\s+(?:—|–|--))\s+(?:but|while|whereas|although|though)\s+(?:${NOT_AUXILIARY}[\p{L}.'’-]+\s+){0,4}?${NOT_AUXILIARY}[\p{L}.'’-]+(?:,\s+[^,;~]{1,40}?,)?\s+(?:said|says|disagreed|disagrees|disputed|disputes|denied|denies|countered|counters|objected|objects|insisted|insists|argued|argues|replied|responded|rejected|rejects|contended|contends|maintained|maintains)\b`,
  "u",
);
const TRAILING_SAID =
  /,\s{1,4}(?:(?:the|a|an|one|two|three|some|several)\s+)?[\p{L}’'. -]{1,50}?\s{1,4}(?:said|says|added|noted|told|wrote|cautioned|warned|reported|reports|broadcast|published)\b[^,]*$/u;

// End of a content span that starts at `start` and may run to `end`: trailing attribution cues
// and the final full stop stay out; a closing quotation mark stays in.
export function trimContentEnd(masked: string, start: number, end: number): number {
  const slice = masked.slice(start, end);
  let cut = slice.length;
  const cue = TRAILING_CUE.exec(slice);
  if (cue && cue.index > 0) cut = cue.index;
  const contrast = CONTRASTING_SAYING.exec(slice.slice(0, cut));
  if (contrast && contrast.index > 0) cut = contrast.index;
  const said = TRAILING_SAID.exec(slice.slice(0, cut));
  if (said && said.index > 0 && countWords(said[0]) <= 9) cut = said.index;
  let out = start + cut;
  while (out > start && /[\s.,;:!?—-]/.test(masked[out - 1] ?? "")) out--;
  return out;
}

const CONNECTIVE =
  /^(?:instead|rather|however|but|and|also|still|yet|moreover|furthermore|in addition|additionally|meanwhile|separately|so)\b,?\s*/i;

export function trimContentStart(masked: string, start: number, end: number): number {
  const m = CONNECTIVE.exec(masked.slice(start, end));
  return m && countWords(masked.slice(start + m[0].length, end)) >= 3 ? start + m[0].length : start;
}

// ", adding that 87 had been shot down" and "and added that …": a second claim, same speaker.
export function findAddedContents(masked: string, from: number, end: number): Range[] {
  const out: Range[] = [];
  const re = new RegExp(
    String.raw`(?:,\s*adding|,\s*${PARTICIPLE_CUE}|\band\s+(?:added|said|noted|warned|stressed))\s+(?:that\s+)?|,\s*telling\s+[^,.;:~]{1,40}?\s+that\s+`,
    "giu",
  );
  re.lastIndex = from;
  for (let m = re.exec(masked); m && m.index < end; m = re.exec(masked)) {
    const start = m.index + m[0].length;
    const stop = trimContentEnd(masked, start, end);
    if (stop > start && countWords(masked.slice(start, stop)) >= 2) out.push({ start, end: stop });
  }
  return out;
}
