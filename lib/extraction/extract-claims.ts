// Suggests the claims of a news article: direct quotes, reported speech and unattributed
// statements of fact, each with its speaker, the cue that attributes it and the route by which
// it reached the article. Pure: text in, suggestions out; sentence splitting is wink-nlp's, the
// attribution reading is rules on top (see docs/EXTRACTION.md).

import { addLabelledClaims } from "./add-labelled-claims.ts";
import { type Attribution, attributeFrame, type ExtractionContext, pushClaim } from "./attribute-frame.ts";
import { createDiscourseState } from "./discourse-state.ts";
import { buildPeopleRegistry } from "./find-names.ts";
import { countWords, findQuotes, maskQuotes } from "./find-quotes.ts";
import type { Frame } from "./frame.ts";
import { attributeHeadlineColons } from "./headline-colon.ts";
import { blankInvisibleMarks, restoreVerbatim } from "./invisible-marks.ts";
import { joinQuoteRuns } from "./join-quote-runs.ts";
import { carriedRoute, type Route } from "./judge-route.ts";
import { type LabelledAttribution, labelAttributions } from "./label-attributions.ts";
import { parseFrame } from "./parse-frame.ts";
import { attributePollFindings } from "./poll-findings.ts";
import { NOT_CONTENT, onlyWithholdsName, PROCESS_NOTE } from "./process-notes.ts";
import { findSecondAttribution } from "./second-attribution.ts";
import { buildUnits, splitSentences, type Unit } from "./segment-text.ts";
import { attributeSignedQuotes } from "./signed-quotes.ts";
import { askUncertainSpeakers } from "./speaker-confidence.ts";
import type { SuggestedClaim } from "./suggested-claim.ts";
import { attributeTranscriptTurns } from "./transcript-turns.ts";
import { trimContentEnd, trimContentStart } from "./trim-content.ts";
import { dropUnsaidClaims } from "./unsaid-claims.ts";

// "BERLIN (Reuters) - ": the article's own outlet, so "told Reuters" is first-hand.
// "New York (AFP) –": a place in mixed case when the parentheses name a wire service.
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[^()\n]{1,30})?\s*\(([^()\n]{2,40})\)|\p{Lu}[\p{L}\p{M} .'’-]{1,30}\((AFP|AP|Reuters|UPI|dpa|Xinhua|Bloomberg)\))\s*[-–—]+\s*/u;

// A sentence that goes on with what the previous speaker said: "Instead, it envisions…".
const CONTINUATION =
  /^(?:Instead|Rather|Also|In addition|Additionally|Moreover|Furthermore|(?:Still|Yet|But)(?!,?\s+(?:most|many|some|few|several|other|others|all|both|critics|opponents|rivals)\b))\b|^(?:It|They|He|She|These|Those|Such)\s/;

export type ExtractOptions = {
  // The outlet publishing the article, when known: "told Reuters" is first-hand in Reuters copy.
  // A wire dateline ("BERLIN (Reuters) -") names it too.
  ownOutlet?: string;
  // Every speaker as read, however uncertain (for training the speaker-confidence model): no
  // suggestion is turned into a question for the editor.
  everySpeaker?: boolean;
};

export function extractClaims(original: string, options: ExtractOptions = {}): SuggestedClaim[] {
  const text = blankInvisibleMarks(original);
  return restoreVerbatim(readClaims(text, options), original, text);
}

function readClaims(text: string, options: ExtractOptions): SuggestedClaim[] {
  const quotes = findQuotes(text);
  const dateline = DATELINE.exec(text);
  const units = buildUnits(splitSentences(text), quotes);
  const masked = maskQuotes(text, quotes);
  const bodyStart = dateline ? dateline[0].length : 0;
  const lede = units.find((u) => {
    const body = text.slice(Math.max(u.start, bodyStart), u.end);
    return countWords(body) >= 6 && !NOT_CONTENT.test(body);
  });
  const ctx: ExtractionContext = {
    text,
    masked,
    bodyStart,
    ownOutlets: [(dateline?.[1] ?? dateline?.[2])?.trim(), options.ownOutlet?.trim()].filter((o): o is string =>
      Boolean(o),
    ),
    state: createDiscourseState(buildPeopleRegistry(text), text, masked),
    routes: new Map<string, Route>(),
    claims: [],
    assumed: new Map(),
    ledeParagraph: lede?.paragraph ?? 0,
  };
  const labelled = labelAttributions(text).sort((a, b) => anchorOf(a) - anchorOf(b));
  let next = 0;
  let previous: Attribution | null = null;
  let lastSpeaking: Attribution | null = null;
  // The attribution of the unit just read when its cue interrupts a quotation ("“A,” Roe told
  // the Gazette."): a bare quotation right after it is the rest of the same telling.
  let interrupted: Attribution | null = null;
  for (const unit of units) {
    const start = Math.max(unit.start, ctx.bodyStart);
    if (start >= unit.end) continue;
    const local = { ...unit, start };
    const read = readUnit(ctx, local, previous, lastSpeaking, interrupted);
    interrupted = null;
    // The rules' own attribution of this unit, when they read a frame in it.
    const framed = read.previous !== previous && read.previous?.paragraph === unit.paragraph ? read.previous : null;
    previous = read.previous;
    lastSpeaking = read.lastSpeaking;
    // The labeller's attributions whose cue (or content) starts in this unit.
    const own: LabelledAttribution[] = [];
    while (next < labelled.length && anchorOf(labelled[next] as LabelledAttribution) < unit.end) {
      own.push(labelled[next] as LabelledAttribution);
      next++;
    }
    const added = addLabelledClaims(ctx, local, own, previous ?? lastSpeaking, framed);
    if (added) {
      previous = added;
      lastSpeaking = added;
    }
    if ((read.framed || added) && OPENS_WITH_QUOTE.test(text.slice(start, start + 3))) interrupted = lastSpeaking;
  }
  attributeTranscriptTurns(ctx);
  attributeSignedQuotes(ctx);
  attributeHeadlineColons(ctx);
  attributePollFindings(ctx);
  const claims = dropUnsaidClaims(
    joinQuoteRuns(
      ctx.claims.sort((a, b) => a.start - b.start || a.end - b.end),
      text,
    ),
  );
  return options.everySpeaker ? claims : askUncertainSpeakers(text, claims);
}

// Second attributions split off one unit: "X said A and Y said B and Z said C" is three.
const MAX_SPLITS = 3;

// The frame's claims, each coordinated second attribution inside its content read as a frame of
// its own (second-attribution.ts); returns the last attribution read.
function attributeFrames(ctx: ExtractionContext, unit: Unit, frame: Frame, previous: Attribution | null): Attribution {
  let part = unit;
  let current = frame;
  let last = previous;
  for (let splits = 0; splits < MAX_SPLITS; splits++) {
    const found = findSecondAttribution(
      ctx.masked.slice(part.start, part.end),
      ctx.text.slice(part.start, part.end),
      current,
    );
    if (!found) break;
    const cut = part.start + found.cut;
    const next = part.start + found.next;
    last = attributeFrame(
      ctx,
      { ...part, end: cut, quotes: part.quotes.filter((q) => q.end <= cut) },
      found.first,
      last,
    );
    part = { ...part, start: next, quotes: part.quotes.filter((q) => q.start >= next) };
    current = found.second;
  }
  return attributeFrame(ctx, part, current, last);
}

const anchorOf = (a: LabelledAttribution) => a.cue?.start ?? a.contents[0]?.start ?? 0;

const OPENS_WITH_QUOTE = /^\s*(?:[“"‘]|'')/;

function readUnit(
  ctx: ExtractionContext,
  unit: Unit,
  previousIn: Attribution | null,
  lastSpeakingIn: Attribution | null,
  interrupted: Attribution | null,
): { previous: Attribution | null; lastSpeaking: Attribution | null; framed?: boolean } {
  const { text } = ctx;
  let previous = previousIn;
  const start = unit.start;
  const masked = ctx.masked.slice(start, unit.end);
  const body = text.slice(start, unit.end);
  const quoteOnly = !/[\p{L}\p{N}]/u.test(masked.replace(/(?:[“"‘]|'')[~\s]*(?:[”"’]|'')?/g, ""));
  const frame = quoteOnly ? null : parseFrame(masked, body);
  if (frame) {
    previous = attributeFrames(ctx, unit, frame, previous);
    return { previous, lastSpeaking: previous, framed: true };
  }
  if (quoteOnly) {
    // "“A,” Roe told the Gazette. “B.”": the second piece keeps the first one's relay; a quotation
    // after any other sentence keeps only the speaker.
    const sameTelling =
      interrupted !== null && interrupted === lastSpeakingIn && interrupted.paragraph === unit.paragraph;
    const carried = lastSpeakingIn && {
      ...lastSpeakingIn,
      route: sameTelling ? lastSpeakingIn.route : carriedRoute(lastSpeakingIn.speaker, lastSpeakingIn.route),
      via: "carried:quote",
    };
    for (const q of unit.quotes) pushClaim(ctx, q, "direct_quote", carried);
    return { previous, lastSpeaking: lastSpeakingIn };
  }
  if (
    PROCESS_NOTE.test(body) ||
    onlyWithholdsName(body) ||
    NOT_CONTENT.test(body) ||
    countWords(body) < 4 ||
    /\?["”’]?$/.test(body)
  )
    return { previous, lastSpeaking: lastSpeakingIn };
  if (previous && previous.paragraph === unit.paragraph && CONTINUATION.test(body)) {
    const from = trimContentStart(masked, 0, masked.length);
    pushClaim(ctx, { start: start + from, end: start + trimContentEnd(masked, from, masked.length) }, "paraphrase", {
      ...previous,
      route: carriedRoute(previous.speaker, previous.route),
      via: "carried:continuation",
    });
    return { previous, lastSpeaking: lastSpeakingIn };
  }
  pushClaim(ctx, { start, end: unit.end }, "unattributed_fact", null);
  return { previous: null, lastSpeaking: lastSpeakingIn };
}
