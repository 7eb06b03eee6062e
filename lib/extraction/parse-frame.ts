// Finds the attribution frame of one sentence around its reporting verb: "X said that …",
// "…, X said", "…,” said X", "X urged Y to …". Works on text whose quotations are masked, so
// the words someone is quoted as saying never look like attribution.

import { findNames } from "./find-names.ts";
import { countWords } from "./find-quotes.ts";
import { endOfText, type Frame, hasWords } from "./frame.ts";
import { DOCUMENT_HEADS, isOutletName, OUTLET_INTRODUCERS } from "./name-lexicon.ts";
import { parseQuotedAs, parseRoutePhrase, parseSaying, ROUTE } from "./parse-relayed-frame.ts";
import {
  ABOUT_VERBS,
  FINDING_VERBS,
  findSpeechVerbs,
  pickSubject,
  trimRange,
  URGE_VERBS,
  type VerbHit,
} from "./speech-verbs.ts";
import { findAddedContents, findContentStart, trimContentEnd, trimContentStart } from "./trim-content.ts";

// Verbs that may come before their speaker: "…,” said lead author Dr. Anna Keller.
const INVERTIBLE = new Set([
  "said",
  "says",
  "added",
  "adds",
  "wrote",
  "writes",
  "noted",
  "explained",
  "recalled",
  "warned",
  "insisted",
  "argued",
  "asked",
  "replied",
]);

const OPENING_ROUTE = new RegExp(String.raw`^(?:(?:however|but|and|also|meanwhile|still),?\s+)?${ROUTE}\s`, "i");

const AFTER_POSTPOSED =
  /^(?:\s+(?:on|in|at|during|late|early|last|this|earlier|later|overnight|yesterday|today|via|by|to|from|after|before|over|when|while|through|again|also|separately|previously|recently|privately|publicly)\b[^,.;:!?~]*)*\s*(?:[,.;!?]|$)/i;

function tryPostposed(masked: string, text: string, hit: VerbHit): Frame | null {
  const before = masked.slice(0, hit.start);
  // The last comma or closing quotation mark before the verb ends the content.
  let boundary: { contentEnd: number; after: number } | null = null;
  for (const m of before.matchAll(/,\s*|[”"’](?=[\s,])\s*/g)) {
    const quoteMark = /[”"’]/.test(m[0][0] ?? "");
    boundary = { contentEnd: quoteMark ? m.index + 1 : m.index, after: m.index + m[0].length };
  }
  if (!boundary) return null;
  const content = trimRange(masked, {
    start: trimContentStart(masked, 0, boundary.contentEnd),
    end: boundary.contentEnd,
  });
  // "According to the Daily Bugle, the mayor told reporters that…": the words before the comma
  // are the relay, not what was said; the verb's own frame is read forwards.
  if (OPENING_ROUTE.test(masked.slice(content.start, content.end))) return null;
  const contentIsQuote = /^[“"‘']/.test(masked.slice(content.start));
  // "The government, a spokesman said, would not tolerate violence.": the whole sentence.
  const parenthetical = !contentIsQuote && !hasWords(text, content, 3);
  const subject = trimRange(masked, { start: boundary.after, end: hit.start });
  let rest = masked.slice(hit.end);
  if (subject.end === subject.start) {
    if (parenthetical) return null;
    const appositive = speakerBeforeAppositive(masked, hit);
    if (appositive) return appositive;
    // Inverted order: "…,” said lead author Dr. Anna Keller, an epidemiologist at …
    if (!INVERTIBLE.has(hit.verb)) return null;
    const inv = /^\s+((?:[^,.~]|\.(?=\S)|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep))\.)+?)(?=,|[.!?]?\s*$)/u.exec(rest);
    if (!inv?.[1] || countWords(inv[1]) > 10 || /\bthat\b|\d/.test(inv[1])) return null;
    // The speaker after the verb is a name or a role, never a clause of its own.
    if (/\b(?:is|are|was|were|had|has|have|been|will|would|could|can|may|might)\b/i.test(inv[1])) return null;
    if (!contentIsQuote && !/\p{Lu}/u.test(inv[1])) return null;
    const start = hit.end + inv[0].indexOf(inv[1]);
    return {
      mode: "inverted",
      verb: hit.verb,
      subject: { start, end: start + inv[1].length },
      origin: null,
      contents: [content],
      cue: { start: hit.start, end: endOfText(masked) },
    };
  }
  const subjectText = masked.slice(subject.start, subject.end);
  if (
    countWords(subjectText) > 8 ||
    /\bthat\b|~/.test(subjectText) ||
    RELATIVE.test(subjectText) ||
    findSpeechVerbs(subjectText).length > 0
  )
    return null;
  if (hit.verb === "told" || hit.verb === "tells") {
    rest = rest.replace(
      /^\s+[^,.;:!?~]*?(?=\s+(?:on|in|at|during|last|this|earlier|late|after|before)\b|\s*[,.;:!?]|\s*$)/,
      "",
    );
  }
  if (!AFTER_POSTPOSED.test(rest)) return null;
  if (FINDING_VERBS.has(hit.verb) && !DOCUMENT_HEADS.test(subjectText) && !/research|scientist/i.test(subjectText))
    return null;
  if (parenthetical) {
    const tail = /^[^,]*,\s*/.exec(rest);
    const after = masked.length - rest.length + (tail?.[0].length ?? 0);
    if (!tail || !hasWords(text, { start: after, end: masked.length }, 3)) return null;
    const whole = { start: 0, end: trimContentEnd(masked, 0, masked.length) };
    return {
      mode: "post",
      verb: hit.verb,
      subject,
      origin: null,
      contents: [whole],
      cue: { start: subject.start, end: hit.end },
    };
  }
  const extras = findAddedContents(masked, hit.end, masked.length);
  const cueEnd = Math.min(endOfText(masked), ...extras.map((e) => e.start));
  return {
    mode: "post",
    verb: hit.verb,
    subject,
    origin: null,
    contents: [content, ...extras],
    cue: { start: subject.start, end: cueEnd },
  };
}

// "“…,” Vann Newkirk, a writer for The Atlantic, said on Twitter.": the last comma before the
// verb closes an appositive, so the speaker is the name between the quotation and the appositive.
function speakerBeforeAppositive(masked: string, hit: VerbHit): Frame | null {
  if (
    !/^\s+(?:on|in|at|during|after|before|via|to|from|this|last|earlier|later|by|when|while)\b|^\s*[.!?]?\s*$/i.test(
      masked.slice(hit.end),
    )
  )
    return null;
  const close = [...masked.slice(0, hit.start).matchAll(/(?:[”"’]|'')(?=[\s,])/g)].pop();
  if (!close) return null;
  const from = close.index + close[0].length;
  const stretch = masked.slice(from, hit.start);
  const head = /^[\s,]*([^,~]+?)\s*,\s*(?:an?|the|who|one|\p{Ll})[^~]*,\s*$/u.exec(stretch);
  if (!head?.[1] || !/\p{Lu}/u.test(head[1]) || countWords(head[1]) > 6) return null;
  const start = from + stretch.indexOf(head[1]);
  const open = masked.lastIndexOf("~", close.index) >= 0 ? masked.slice(0, close.index).search(/(?:[“"‘]|'')~/) : -1;
  if (open < 0) return null;
  return {
    mode: "inverted",
    verb: hit.verb,
    subject: { start, end: start + head[1].length },
    origin: null,
    contents: [{ start: open, end: from }],
    cue: { start: hit.start, end: endOfText(masked) },
  };
}

function tryPreposed(masked: string, text: string, hit: VerbHit): Frame | null {
  const picked = pickSubject(masked, hit.start);
  if (!picked) return null;
  const { subject, origin } = picked;
  const subjectText = masked.slice(subject.start, subject.end);
  if (
    countWords(subjectText) > 12 ||
    /^(?:[~“"‘]|'')|\bthat\b/.test(subjectText) ||
    findSpeechVerbs(subjectText).length > 0
  )
    return null;
  if (FINDING_VERBS.has(hit.verb) && !DOCUMENT_HEADS.test(subjectText) && !/research|scientist/i.test(subjectText))
    return null;
  if (URGE_VERBS.has(hit.verb)) {
    if (!/^\s+[^,.;~]{1,80}?\bto\s+\p{L}/u.test(masked.slice(hit.end))) return null;
    const end = trimContentEnd(masked, hit.end, masked.length);
    return {
      mode: "urge",
      verb: hit.verb,
      subject,
      origin,
      contents: [{ start: subject.start, end }],
      cue: { start: subject.start, end: hit.end },
    };
  }
  const found = ABOUT_VERBS.has(hit.verb) ? hit.end : findContentStart(masked, hit.end, hit.verb);
  if (found === null) return null;
  // "Vantage denied any wrongdoing", "A spokesperson confirmed the layoffs": the object is
  // no claim by itself, the whole clause is.
  if (WHOLE_CLAUSE_VERBS.has(hit.verb) && !/\bthat\b|[:“"‘]/.test(masked.slice(hit.end, found))) {
    const end = trimContentEnd(masked, hit.end, masked.length);
    return {
      mode: "urge",
      verb: hit.verb,
      subject,
      origin,
      contents: [{ start: subject.start, end }],
      cue: { start: subject.start, end: hit.end },
    };
  }
  const start = trimContentStart(masked, trimRange(masked, { start: found, end: masked.length }).start, masked.length);
  const end = trimContentEnd(masked, start, masked.length);
  if (end <= start || !hasWords(text, { start, end }, 1)) return null;
  const extras = findAddedContents(masked, end, masked.length);
  return {
    mode: ABOUT_VERBS.has(hit.verb) ? "about" : "pre",
    verb: hit.verb,
    subject,
    origin,
    contents: [{ start, end }, ...extras],
    cue: { start: subject.start, end: start },
  };
}

const WHOLE_CLAUSE_VERBS = new Set(["confirmed", "confirms", "denied", "denies", "deny", "acknowledged", "admitted"]);

// Lowercase only: "WHO chief scientist" opens a sentence, "who first reported" a relative clause.
const RELATIVE = /^(?:which|who|whose|whom|that)\b/;
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

export function parseFrame(masked: string, text: string): Frame | null {
  const quotedAs = parseQuotedAs(masked);
  if (quotedAs) return quotedAs;
  const hits = findSpeechVerbs(masked).filter((hit) => !insideSecondaryClause(masked, hit));
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
