// The attribution after its content: "…, the department said on Friday.", "“…,” said Dr. Anna
// Keller", "“…,” Vann Newkirk, a writer for The Atlantic, said". Works on masked text.
import { findNames, isPersonName, splitTitle } from "./find-names.ts";
import { countWords } from "./find-quotes.ts";
import { endOfText, type Frame, hasWords } from "./frame.ts";
import { DOCUMENT_HEADS } from "./name-lexicon.ts";
import { ROUTE } from "./parse-relayed-frame.ts";
import { FINDING_VERBS, findSpeechVerbs, TIME_OF_SAYING, trimRange, type VerbHit } from "./speech-verbs.ts";
import {
  CONTRASTING_SAYING,
  endOfCueClause,
  findAddedContents,
  trimContentEnd,
  trimContentStart,
} from "./trim-content.ts";

// Lowercase only: "WHO chief scientist" opens a sentence, "who first reported" a relative clause.
export const RELATIVE = /^(?:which|who|whose|whom|that)\b/;

// Verbs that may come before their speaker: "…,” said lead author Dr. Anna Keller.
const INVERTIBLE = new Set([
  "said",
  "says",
  "say",
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

// A masked quotation among those words, as a programme's title is set: right after "on", "in",
// "to", "at" or a possessive name ("on “Harbour Talk”", "told Coast FM’s “Morning Tide”").
const MASKED_TITLE = String.raw`(?<=(?:\b(?:on|in|at|to)|\p{Lu}[\p{L}.]*['’]s)\s)(?:[“"‘]|'')~+(?:[”"’]|'')?`;

// When, where or how it was said, after the verb: "on Friday", "Monday", "Wednesday afternoon in
// Salem", "on “Harbour Talk.”", or one adverb of manner closing the clause ("said dryly."); a
// clause after a spaced dash is another's ("…, critics say — but Roe disagrees").
const AFTER_POSTPOSED = new RegExp(
  String.raw`^(?:\s+(?:${TIME_OF_SAYING}|(?:on|in|at|during|late|early|last|this|earlier|later|overnight|yesterday|today|via|by|to|from|after|before|over|when|while|through|again|also|separately|previously|recently|privately|publicly|of|about)\b(?:[^,.;:!?~]|${MASKED_TITLE})*)|\s+\p{Ll}{2,}ly(?=\s*(?:[,.;!?]|$)))*\s*(?:[,.;!?]|$|\s(?:—|–|--)\s+(?:but|and|while|whereas|although|though|yet)\s)`,
  "iu",
);

/** The frame of `hit` as an attribution closing its sentence, or null when it is not one. */
export function tryPostposed(masked: string, text: string, hit: VerbHit): Frame | null {
  const before = masked.slice(0, hit.start);
  // The last comma or closing quotation mark before the verb ends the content.
  let boundary: { contentEnd: number; after: number } | null = null;
  // A doubled apostrophe closes a quotation too ("''…,'' said Tom Voss"), as some wires set it.
  for (const m of before.matchAll(/,\s*|(?:[”"’]|'')(?=[\s,])\s*/g)) {
    const mark = /^(?:[”"’]|'')/.exec(m[0])?.[0].length ?? 0;
    boundary = { contentEnd: m.index + mark, after: m.index + m[0].length };
  }
  if (!boundary) return null;
  const content = trimRange(masked, {
    start: trimContentStart(masked, 0, boundary.contentEnd),
    end: boundary.contentEnd,
  });
  // "According to the Daily Bugle, the mayor told reporters that…": the words before the comma
  // are the relay, not what was said; the verb's own frame is read forwards.
  // "According to Tom Voss, the pier is unsafe, Ann Roe said.": with a subject of its own before
  // the verb, the phrase opens what that subject said; the rest of the clause is the content and
  // the phrase names her source.
  if (OPENING_ROUTE.test(masked.slice(content.start, content.end))) {
    const phraseEnd = masked.indexOf(",", content.start);
    const said = trimRange(masked, { start: boundary.after, end: hit.start });
    if (
      phraseEnd < 0 ||
      phraseEnd >= content.end ||
      said.end <= said.start ||
      !/^[.!?]?\s*$/.test(masked.slice(hit.end))
    )
      return null;
    const inner = trimRange(masked, { start: phraseEnd + 1, end: content.end });
    if (!hasWords(text, inner, 3) || findSpeechVerbs(masked.slice(inner.start, inner.end)).length > 0) return null;
    const name = new RegExp(String.raw`${ROUTE}\s+`, "iy");
    name.lastIndex = masked.slice(content.start).search(new RegExp(ROUTE, "i")) + content.start;
    const nameStart = name.exec(masked) ? name.lastIndex : content.start;
    return {
      mode: "post",
      verb: hit.verb,
      subject: said,
      origin: null,
      contents: [inner],
      cue: { start: said.start, end: endOfText(masked) },
      cited: {
        phrase: { start: content.start, end: phraseEnd },
        name: trimRange(masked, { start: nameStart, end: phraseEnd }),
      },
    };
  }
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
    // The speaker ends at a semicolon or a spaced dash as at a comma: "…, say critics; Ann Roe
    // disagrees" is critics'.
    const run =
      /^\s+((?:[^,.~;—–]|\.(?=\S)|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep))\.)+?)(?=,|\s*;|\s+(?:[—–]|--)|[.!?]?\s*$)/u.exec(
        rest,
      );
    // "…,” said Tom Voss when asked about Ann Roe": the clause after the name says when, and the
    // person it names did not speak.
    const name = run?.[1]?.replace(/\s+(?:when|while|after|before|as|because)\s.*$/su, "");
    const named: [string, string] | null =
      run?.[1] && name && (name === run[1] || isSpeakerPhrase(name)) ? [run[0], name] : null;
    // "…, said officials Tuesday", "…, said Monday": a day or time after the verb says when, never
    // who; a speaker before it stays, and without one no one is named.
    const speaker = named?.[1].replace(TIME_AFTER_SPEAKER, "");
    const whenOnly = named !== null && speaker === "";
    const inv: [string, string] | null = named && speaker !== undefined ? [named[0], speaker || named[1]] : null;
    if (!inv?.[1] || countWords(inv[1]) > 10 || /\bthat\b|\d/.test(inv[1])) return null;
    // "…,” said in a statement": how or when it was said, not who said it.
    // "…,” Fitch said of the purchase": what it was said of.
    // "Tom Hale, a fisherman, argued with Bill Ortiz": whom it was said with or against.
    if (
      /^(?:in|on|at|during|after|before|via|to|from|through|this|last|earlier|later|by|when|while|of|about|with|against|over|for)\b/i.test(
        inv[1],
      )
    )
      return null;
    // The speaker after the verb is a name or a role, never a clause of its own.
    if (/\b(?:is|are|was|were|had|has|have|been|will|would|could|can|may|might)\b/i.test(inv[1])) return null;
    // Without a quotation, a speaker in lowercase is a noun phrase opening with a determiner or a
    // number ("…, said several observers", "…, said the agency's director"); other lowercase words
    // after the verb are how it was said or a clause of its own ("said little").
    // That phrase closes the sentence: "…, said the fleet, and of…" is a clause of its own.
    // "…, say some residents, who recall the old pier": a relative clause about the speakers
    // closes it as well; so does another's clause after it ("…, said several observers, but Roe
    // disagreed", "…, say critics; Ann Roe disagrees", "…, said officials, and Tom Voss said…"),
    // which the cue stays out of too.
    const after = rest.slice(inv[0].length);
    const other = OTHER_CLAUSE.exec(after);
    const closes = !after.startsWith(",") || other !== null || /^,\s*(?:who|whom|whose)\b/.test(after);
    // "…, said nobody": a saying the text denies; no one speaks and nothing was said.
    if (NO_ONE.test(inv[1].trim())) return null;
    // "…, say rumors", "…, said the statistics": the content is reported, but no one is named
    // who says it; the speaker is asked of the editor.
    const hearsay = whenOnly || (closes && !/\p{Lu}/u.test(inv[1]) && isHearsay(inv[1]));
    if (!hearsay && !contentIsQuote && !/\p{Lu}/u.test(inv[1]) && !(closes && speakingPhrase(inv[1]))) return null;
    // "Tom Voss, a harbour pilot, said the Roe family…", "Ann Roe, who runs the port, said…": the
    // words before the comma are a person with an appositive or a relative clause, the subject
    // of a verb whose content follows it.
    if (!contentIsQuote && describesPerson(masked.slice(content.start, content.end))) return null;
    const start = hit.end + inv[0].indexOf(inv[1]);
    return {
      mode: "inverted",
      verb: hit.verb,
      subject: hearsay ? null : { start, end: start + inv[1].length },
      origin: null,
      contents: [content],
      // "…,” said Tom Voss, but Ann Roe denied it", "…, said officials; Voss said…": the cue ends
      // with its own clause.
      cue: {
        start: hit.start,
        end: other
          ? hit.end + inv[0].length
          : Math.min(endOfText(masked), endOfCueClause(masked, start + inv[1].length)),
      },
    };
  }
  const subjectText = masked.slice(subject.start, subject.end);
  if (
    countWords(subjectText) > 8 ||
    /\bthat\b|~/.test(subjectText) ||
    RELATIVE.test(subjectText) ||
    // "…, if he would have told Roe…", "…, bully and blowhard who has pledged…": the verb of a
    // subordinate or relative clause.
    /^(?:if|whether|unless|until|because)\b/i.test(subjectText) ||
    /\b(?:who|which)(?:\s+(?:has|have|had|is|are|was|were|will|would|also|then|\p{Ll}+ly))*$/u.test(subjectText) ||
    findSpeechVerbs(subjectText).length > 0
  )
    return null;
  if (hit.verb === "told" || hit.verb === "tells") {
    rest = rest.replace(
      new RegExp(
        String.raw`^\s+(?:[^,.;:!?~]|${MASKED_TITLE})*?(?=\s+(?:on|in|at|during|last|this|earlier|late|after|before)\b|\s*[,.;:!?]|\s*$)`,
        "u",
      ),
      "",
    );
  }
  if (!AFTER_POSTPOSED.test(rest)) return null;
  if (FINDING_VERBS.has(hit.verb) && !DOCUMENT_HEADS.test(subjectText) && !/research|scientist/i.test(subjectText))
    return null;
  if (parenthetical || (!contentIsQuote && continuesAfterCue(text, masked, rest))) {
    const tail = /^[^,]*,\s*/.exec(rest);
    const after = masked.length - rest.length + (tail?.[0].length ?? 0);
    if (!tail || !hasWords(text, { start: after, end: masked.length }, 3)) return null;
    // Trimmed from after the attribution: its own ", she said," is no trailing cue.
    const whole = { start: 0, end: trimContentEnd(masked, after, masked.length) };
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
  // "…, Voss said, but Roe disagreed": the cue stops before another's clause.
  const contrast = CONTRASTING_SAYING.exec(rest);
  const contrastAt = contrast ? masked.length - rest.length + contrast.index : masked.length;
  const cueEnd = Math.min(
    endOfText(masked),
    contrastAt,
    endOfCueClause(masked, hit.end),
    ...extras.map((e) => e.start),
  );
  return {
    mode: "post",
    verb: hit.verb,
    subject,
    origin: null,
    contents: [content, ...extras],
    cue: { start: subject.start, end: cueEnd },
  };
}

const TIME_AFTER_SPEAKER = new RegExp(
  String.raw`(?:^|\s+)${TIME_OF_SAYING}(?:\s+(?:morning|afternoon|evening|night))?$`,
  "u",
);

// What ends the phrase of the speaker after the verb as a clause of its own: a semicolon, a
// spaced dash, a contrast (", but …", ", while …") or a second subject that speaks (", and Tom
// Voss said").
const OTHER_CLAUSE =
  /^(?:\s*;|\s+(?:[—–]|--)|,\s+(?:but|yet|while|whereas|although|though)\s|,\s+and\s+(?:[\p{L}.'’-]+\s+){1,5}?(?:said|says|disagreed|disagrees|disputed|disputes|denied|denies|countered|counters|objected|objects|insisted|insists|argued|argues|replied|responded|rejected|rejects)\b)/u;
export const NO_ONE = /^(?:nobody|no\s+one|none(?:\s+of\s+\S+)?)$/i;

// A noun phrase in lowercase that may name a speaker: a determiner or a number, then at least
// one more word.
const DETERMINED_PHRASE =
  /^(?:an?|the|one|two|three|four|five|six|several|some|many|most|other|another|both|various|numerous)\s+\S/i;

// A lowercase phrase after the verb speaks when it opens with a determiner and holds no clause of
// its own: "several observers", not "several observers who did not say so publicly".
const CLAUSE_IN_PHRASE = /\b(?:who|whom|whose|which|that|not|never|whether|if)\b|n['’]t\b/i;
// A bare plural speaks too: "…, say critics", "…, said residents of the town" (not "said thanks").
const BARE_PLURAL =
  /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?!(?:thanks|this|less|always|sometimes|perhaps|afterwards|besides|unless|nevertheless|regardless|across|towards|nowadays|whereas)\b)(?:\p{Ll}{3,}s|\p{Ll}*(?:men|people|children|folk))(?:\s+(?:of|in|at|for|from|on|close\s+to|familiar\s+with)\s+\S.*)?$/u;
// "…, say rumors", "…, say the statistics": hearsay and records are no people; who stands behind
// them is not given, so they never speak directly.
const HEARSAY_HEAD =
  /\b(?:rumou?rs?|reports?|accounts?|statistics|figures|data|polls?|surveys?|studies|study|documents?|records?|estimates?|findings)$/;
const headOf = (words: string) => words.replace(/\s+(?:of|in|at|for|from|on|by|close\s+to|familiar\s+with)\s.*$/su, "");
const isHearsay = (words: string) => HEARSAY_HEAD.test(headOf(words)) && !CLAUSE_IN_PHRASE.test(words);
const speakingPhrase = (words: string) =>
  (DETERMINED_PHRASE.test(words) || BARE_PLURAL.test(words)) && !CLAUSE_IN_PHRASE.test(words) && !isHearsay(words);

// "Tom Voss, a harbour pilot", "Ann Roe, 46": a person's name, a comma, and a description with
// no further comma; or words closing with a relative clause ("…, who runs the port").
function describesPerson(words: string): boolean {
  if (RELATIVE.test(words.slice(words.lastIndexOf(",") + 1).trim())) return true;
  const m = /^([^,]+),\s+(?:an?\s|the\s|\d|\p{Ll})[^,]*$/u.exec(words.trim());
  if (!m?.[1]) return false;
  const named = findNames(m[1]);
  const name = named[0];
  if (!name || named.length !== 1 || name.text !== m[1].trim()) return false;
  const { name: bare, title } = splitTitle(name.text);
  return isPersonName(bare, title !== null);
}

// A role and name before a clause cut off ("harbour pilot Tom Voss" of "…,” said harbour pilot
// Tom Voss when asked…"): it ends with a capitalised word, and it is no clause itself ("he didn’t
// know much about Roe before…").
function isSpeakerPhrase(words: string): boolean {
  return (
    /\p{Lu}[\p{L}.’'-]*$/u.test(words) &&
    !/^(?:he|she|it|they|we|I|you|his|her|its|their|our|my)\b/i.test(words) &&
    !/\b(?:is|are|was|were|had|has|have|been|will|would|could|can|may|might|should|must|did|does|do|not)\b|n[’']t\b/i.test(
      words,
    )
  );
}

// What may follow ", X said," without going on with the sentence it interrupts: a participle or
// an adverbial clause about the saying ("referring to…", "according to…", "in a statement"), a
// relative clause, or a second claim added by its own words.
const NOT_CONTINUING =
  /^(?:\p{L}+ing\b|according\b|as\b|in\s+an?\b|who\b|which\b|whose\b|where\b|when\b|while\b|though\b|although\b|but\b|and\s+(?:added|said|noted|warned|stressed|argued|called|urged)\b|then\b|before\b|after\b|without\b|with\b|to\b)/iu;

// "In her district, Roe said, most ferries are sent north.": an attribution between the commas of
// a sentence that goes on after it (three words or more, not a clause about the saying) is
// parenthetical; the content is the sentence around it, as PolNeAR annotates it (one
// attribution, its content in two pieces). Rest: the masked words after the verb.
function continuesAfterCue(text: string, masked: string, rest: string): boolean {
  const lead = AFTER_POSTPOSED.exec(rest)?.[0] ?? "";
  if (!lead.endsWith(",") && !/,\s*$/.test(lead)) return false;
  const from = masked.length - rest.length + lead.length;
  const tail = masked.slice(from).replace(/^\s+/, "");
  return !NOT_CONTINUING.test(tail) && hasWords(text, { start: from, end: masked.length }, 3);
}

// "“…,” Vann Newkirk, a writer for The Atlantic, said on Twitter.": the last comma before the
// verb closes an appositive, so the speaker is the name between the quotation and the appositive.
function speakerBeforeAppositive(masked: string, hit: VerbHit): Frame | null {
  if (
    !/^\s+(?:on|in|at|during|after|before|via|to|from|this|last|earlier|later|by|when|while|of|about)\b|^\s*[.!?]?\s*$/i.test(
      masked.slice(hit.end),
    )
  )
    return null;
  const close = [...masked.slice(0, hit.start).matchAll(/(?:[”"’]|'')(?=[\s,])/g)].pop();
  if (!close) return null;
  const from = close.index + close[0].length;
  const stretch = masked.slice(from, hit.start);
  // The appositive opens with a determiner, a lowercase word or a possessive name ("Sanders’
  // campaign manager").
  const head =
    /^[\s,]*([^,~]+?)\s*,\s*(?:an?\s|the\s|who\s|one\s|\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s?\s)[^~]*,\s*$/u.exec(
      stretch,
    );
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
