// Frames without a plain "X said": an outlet quoting someone ("Le Parisien quoted Macron as
// stating that…"), a route phrase ("…, according to the reports"), or a participle hanging off
// another verb ("Nwosu rejected the result, saying it had been…").
import { findNames, isPersonName, splitTitle } from "./find-names.ts";
import { countWords } from "./find-quotes.ts";
import { type Frame, hasWords } from "./frame.ts";
import {
  findSpeechVerbs,
  isMannerPhrase,
  ownedNounsLength,
  pickSubject,
  type Range,
  trimRange,
} from "./speech-verbs.ts";
import { trimContentEnd, trimContentStart } from "./trim-content.ts";

export function parseQuotedAs(masked: string, text: string): Frame | null {
  const active =
    /\b(?:quoted|cited)\s+([^,~]{1,80}?)\s+as\s+(?:saying|stating|telling\s+[^,~]{1,40}?|having\s+said|writing|arguing|warning)\b[\s:,]*(?:that\b\s*)?/i.exec(
      masked,
    );
  if (active) {
    const picked = pickSubject(masked, active.index);
    const originStart = active.index + active[0].indexOf(active[1] ?? "");
    const start = active.index + active[0].length;
    const end = trimContentEnd(masked, start, masked.length);
    // "…, Coast FM quoted Voss as saying, but Roe disagreed": a clause of its own follows the
    // quoting, so what was said is before it.
    const sayingEnd = active.index + active[0].replace(/[\s:,]*(?:that\b\s*)?$/i, "").length;
    if (end <= start || CLAUSE_AFTER_QUOTING.test(masked.slice(sayingEnd)) || isMannerPhrase(text.slice(start, end)))
      return quotedAsAfterContent(masked, text, active.index, sayingEnd, {
        start: originStart,
        end: originStart + (active[1] ?? "").length,
      });
    return {
      mode: "quoted-as",
      verb: "quoted",
      subject: picked?.subject ?? null,
      origin: { start: originStart, end: originStart + (active[1] ?? "").length },
      contents: [{ start, end }],
      cue: { start: picked?.subject.start ?? active.index, end: start },
    };
  }
  const introduced = quotesBeforeColon(masked);
  if (introduced) return introduced;
  const passive =
    /\s(?:was|were|has\s+been|had\s+been)\s+quoted\s+(?:by\s+([^,~]{1,60}?)\s+)?as\s+(?:saying|stating)\b[\s:,]*(?:that\b\s*)?/i.exec(
      masked,
    );
  if (!passive) return null;
  const origin = pickSubject(masked, passive.index + 1);
  const start = passive.index + passive[0].length;
  const end = trimContentEnd(masked, start, masked.length);
  if (!origin || end <= start) return null;
  const byStart = passive[1] ? passive.index + passive[0].indexOf(passive[1]) : -1;
  return {
    mode: "quoted-as",
    verb: "quoted",
    subject: byStart >= 0 ? { start: byStart, end: byStart + (passive[1] ?? "").length } : null,
    origin: origin.subject,
    contents: [{ start, end }],
    cue: { start: origin.subject.start, end: start },
  };
}

// "Tom Voss quotes Ann Roe: “The pier is unsafe.”": the quoted person speaks, the one quoting
// relays. The quotation may follow in the same sentence or open the next paragraph; then the
// frame has no content of its own and the quotation after it is carried to the person quoted.
const QUOTES_BEFORE_COLON =
  /\b(?:quotes|quoted|cites|cited)\s+((?:(?:the|a|an)\s+)?[^,:;~]{1,60}?)\s*:\s*(?=$|[“"‘]|''|~)/i;

function quotesBeforeColon(masked: string): Frame | null {
  const m = QUOTES_BEFORE_COLON.exec(masked);
  if (!m?.[1] || countWords(m[1]) > 8) return null;
  const picked = pickSubject(masked, m.index);
  if (!picked) return null;
  const originStart = m.index + m[0].indexOf(m[1]);
  const start = m.index + m[0].length;
  const end = masked.replace(/[\s.!?]+$/, "").length;
  const quote = /^(?:[“"‘]|'')~/.test(masked.slice(start)) ? { start, end } : null;
  return {
    mode: "quoted-as",
    verb: "quoted",
    subject: picked.subject,
    origin: { start: originStart, end: originStart + m[1].length },
    contents: quote && end > start ? [quote] : [],
    cue: { start: picked.subject.start, end: m.index + m[0].trimEnd().length },
  };
}

// "The dam will hold, Reuters quoted a ministry spokesman as saying.": the quoting closes the
// sentence, so what was said is the clause before the comma; the outlet relays, the person quoted
// speaks. Only the words of when or where may follow "saying".
const AFTER_QUOTED_AS =
  /^(?:\s*(?:on|in|at|during|late|early|last|this|earlier|later)\b[^,.;:!?~]{0,40})?\s*(?:,?\s*(?:but|and|while|though|although|whereas|yet)\s[^~]*)?[.!?]?\s*$/i;
// A comma and a conjunction after "as saying": the clause that follows is another's.
const CLAUSE_AFTER_QUOTING =
  /^(?:\s*(?:on|in|at|during|late|early|last|this|earlier|later)\b[^,.;:!?~]{0,40})?\s*,\s*(?:but|and|while|though|although|whereas|yet)\s/i;

function quotedAsAfterContent(
  masked: string,
  text: string,
  quotedAt: number,
  quotingEnd: number,
  origin: Range,
): Frame | null {
  const rest = masked.slice(quotingEnd);
  if (!AFTER_QUOTED_AS.test(rest)) return null;
  const clause = CLAUSE_AFTER_QUOTING.exec(rest);
  const comma = Math.max(masked.lastIndexOf(",", quotedAt), masked.lastIndexOf("”", quotedAt));
  if (comma <= 0) return null;
  const subject = trimRange(masked, { start: comma + 1, end: quotedAt });
  if (subject.end <= subject.start || /[,;:~]/.test(masked.slice(subject.start, subject.end))) return null;
  const contentEnd = masked[comma] === "”" ? comma + 1 : comma;
  const content = trimRange(masked, { start: trimContentStart(masked, 0, contentEnd), end: contentEnd });
  if (!hasWords(text, content, 3)) return null;
  return {
    mode: "quoted-as",
    verb: "quoted",
    subject,
    origin,
    contents: [content],
    // The cue stops where a clause of its own follows ("…, but Roe disagreed").
    cue: {
      start: subject.start,
      end: clause ? quotingEnd + clause[0].lastIndexOf(",") : masked.replace(/[\s.!?]+$/, "").length,
    },
  };
}

export const ROUTE = String.raw`(?:according\s+to|as\s+(?:first\s+)?(?:reported|covered|carried|cited|quoted|published|broadcast)\s+by)`;
const LEADING_ROUTE = new RegExp(
  String.raw`^(?:(?:however|but|and|also|meanwhile|still),?\s+)?${ROUTE}\s+([^,~]{1,120}),\s*`,
  "i",
);
// The route phrase ends the sentence, or only a concessive clause follows it ("…, though …").
const TRAILING_ROUTE = new RegExp(
  String.raw`(?:,|(?<=[”"’]))\s*${ROUTE}\s+([^,~]{1,120}?)\s*(?:,\s*(?:though|although|but|while|whereas|even\s+though)\b[^~]*)?[.!?]?$`,
  "i",
);

// The route phrase between commas after a few opening words ("In addition, according to the
// department, …", "Fundraising, according to the campaign, has surged…").
const MIDDLE_ROUTE = new RegExp(String.raw`^([^,~]{1,60}),\s*${ROUTE}\s+([^,~]{1,120}),\s*`, "i");
const RELATIVE_IN_SOURCE = /\b(?:that|who|whom|whose|which|where)\b/i;
// Opening words that only link the sentence to the one before: no part of the claim.
const CONNECTIVE =
  /^(?:in\s+addition|additionally|also|and|but|however|meanwhile|moreover|furthermore|now|still|yet|so)$/i;

export function parseRoutePhrase(masked: string, text: string): Frame | null {
  return parseLeadingRoute(masked, text) ?? parseMiddleRoute(masked, text);
}

function parseMiddleRoute(masked: string, text: string): Frame | null {
  const mid = MIDDLE_ROUTE.exec(masked);
  const opener = mid?.[1]?.trim();
  if (!mid?.[2] || !opener || countWords(opener) > 6) return null;
  // "according to a report that Voss disputes": a clause inside the phrase, not a source's name.
  if (RELATIVE_IN_SOURCE.test(mid[2])) return null;
  const openerEnd = (mid[1] ?? "").length;
  const phraseStart = mid[0].indexOf(mid[2], openerEnd);
  const start = mid[0].length;
  const end = trimContentEnd(masked, start, masked.length);
  if (!hasWords(text, { start, end }, 3)) return null;
  // "…, according to Voss, the pier is unsafe, Roe said.": another attribution closes the
  // sentence; the phrase is then not what gives the clause its speaker.
  if (findSpeechVerbs(masked.slice(start, end)).length > 0) return null;
  const cueStart = openerEnd + (/^,\s*/.exec(mid[0].slice(openerEnd))?.[0].length ?? 1);
  const openerRange = trimRange(masked, { start: trimContentStart(masked, 0, openerEnd), end: openerEnd });
  return {
    mode: "route-phrase",
    verb: null,
    subject: { start: phraseStart, end: phraseStart + mid[2].length },
    origin: null,
    // As for "The fees, Roe said, will rise": the whole sentence, the phrase within it.
    contents: [{ start: CONNECTIVE.test(opener) ? start : openerRange.start, end }],
    cue: { start: cueStart, end: phraseStart + mid[2].length },
  };
}

function parseLeadingRoute(masked: string, text: string): Frame | null {
  const lead = LEADING_ROUTE.exec(masked);
  if (lead?.[1]) {
    const phraseStart = lead[0].indexOf(lead[1]);
    const start = lead[0].length;
    const end = trimContentEnd(masked, start, masked.length);
    if (!hasWords(text, { start, end }, 3)) return null;
    return {
      mode: "route-phrase",
      verb: null,
      subject: { start: phraseStart, end: phraseStart + lead[1].length },
      origin: null,
      contents: [{ start, end }],
      cue: { start: 0, end: start },
    };
  }
  const trail = TRAILING_ROUTE.exec(masked);
  if (!trail?.[1]) return null;
  const phraseStart = trail.index + trail[0].indexOf(trail[1]);
  const content = trimRange(masked, { start: trimContentStart(masked, 0, trail.index), end: trail.index });
  if (!hasWords(text, content, 3)) return null;
  const cueStart = trail.index + (/^,?\s*/.exec(trail[0])?.[0].length ?? 0);
  return {
    mode: "route-phrase",
    verb: null,
    subject: { start: phraseStart, end: phraseStart + trail[1].length },
    origin: null,
    contents: [content],
    cue: { start: cueStart, end: phraseStart + trail[1].length },
  };
}

// "Opposition candidate Ruth Nwosu rejected the result, saying it had been…": the speaker is
// the person the main clause opens with.
export function parseSaying(masked: string, text: string): Frame | null {
  const saying = /,\s+(?:saying|adding|insisting|arguing|warning|claiming|noting|stressing)\s+(?:that\s+)?/i.exec(
    masked,
  );
  if (!saying) return null;
  const head = masked.slice(0, saying.index);
  // "His chief aide doubled down…, saying": the possessive opens the speaking noun phrase.
  const possessive = /^(?:His|Her|Their|Its|Our)\b/.exec(head);
  const owned = possessive ? ownedNounsLength(head.slice(possessive[0].length)) : 0;
  if (possessive && owned === 0) return null;
  // "The billionaire businessman began…, saying": a lone determiner names no one; the labeller's
  // source run reads such a phrase whole.
  const names = findNames(head).filter((n) => n.start < 60 && !/^(?:The|A|An|This|That|These|Those)$/.test(n.text));
  const name = names.find((n) => isPersonName(splitTitle(n.text).name, splitTitle(n.text).title !== null)) ?? names[0];
  if (!name) return null;
  const start = saying.index + saying[0].length;
  const end = trimContentEnd(masked, start, masked.length);
  if (!hasWords(text, { start, end }, 3)) return null;
  const lead = /^(?:[\p{L}-]+\s+){0,4}$/u.test(head.slice(0, name.start)) ? 0 : name.start;
  return {
    mode: "saying",
    verb: "saying",
    subject: possessive ? { start: 0, end: possessive[0].length + owned } : { start: lead, end: name.end },
    origin: null,
    contents: [{ start, end }],
    cue: { start: saying.index + 1, end: start },
  };
}
