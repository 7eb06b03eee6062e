// Turns one sentence's attribution frame into suggested claims, and records what the sentence
// established (who spoke, through which route) for the sentences after it.

import { type DiscourseState, noteOutlets, noteSpeaker, type Speaker } from "./discourse-state.ts";
import { countWords, type QuoteSpan } from "./find-quotes.ts";
import type { Frame } from "./frame.ts";
import { buildChain, type Continuation, judgeRoute, type Route } from "./judge-route.ts";
import { PHRASE, readRouteCues } from "./read-route-cues.ts";
import { resolveSpeaker } from "./resolve-speaker.ts";
import type { Unit } from "./segment-text.ts";
import { recordSpeakerRoute } from "./speaker-route.ts";
import { cleanSpeakerPhrase, type Range } from "./speech-verbs.ts";
import type { SuggestedClaim, SuggestedClaimKind } from "./suggested-claim.ts";

/**
 * `mention`: the words the sentence uses for whoever speaks ("he", "It"), kept so that a
 * speaker the extractor cannot name is asked of the editor rather than dropped.
 */
export type Attribution = {
  speaker: Speaker | null;
  route: Route;
  cue: string | null;
  paragraph: number;
  mention?: string | null;
  // How the speaker was found, for the speaker-confidence model (speaker-route.ts).
  via?: string;
};

export type ExtractionContext = {
  text: string;
  masked: string;
  bodyStart: number;
  ownOutlets: string[];
  state: DiscourseState;
  routes: Map<string, Route>;
  claims: SuggestedClaim[];
  // Claims whose route was only assumed, waiting for the speaker's route to be shown later
  // (a lede summarising an interview described in the next paragraph).
  assumed: Map<string, SuggestedClaim[]>;
  ledeParagraph: number;
};

export function pushClaim(
  ctx: ExtractionContext,
  span: Range,
  kind: SuggestedClaimKind,
  who: Attribution | null,
): void {
  const start = Math.max(span.start, ctx.bodyStart);
  if (span.end <= start) return;
  const speaker = who?.speaker ?? null;
  // A cue names someone the extractor could not resolve ("It said…", "he said" with nobody named
  // before): still somebody's words, never the article's own fact. The speaker is asked
  // (speaker-confidence.ts lists the candidates).
  const unresolved = !speaker && Boolean(who?.cue) && kind !== "unattributed_fact";
  const route = who?.route ?? { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "default" };
  const claim: SuggestedClaim = {
    start,
    end: span.end,
    text: ctx.text.slice(start, span.end),
    kind: speaker || unresolved ? kind : kind === "direct_quote" ? kind : "unattributed_fact",
    speaker: speaker?.name ?? null,
    cue: speaker || unresolved ? (who?.cue ?? null) : null,
    ...(unresolved ? { speakerMention: who?.mention || null, speakerCandidates: [] } : {}),
    indirect: speaker ? route.indirect : false,
    sources: speaker ? route.sources : [],
    chain: buildChain(speaker, route),
  };
  ctx.claims.push(claim);
  if (who?.via) recordSpeakerRoute(claim, who.via);
  // Only the lede is written before its route is told; later unexplained claims stay as they are.
  if (speaker && route.basis === "default" && who?.paragraph === ctx.ledeParagraph) {
    // Added to in place: a run-on text is one long lede paragraph.
    const pending = ctx.assumed.get(speaker.name);
    if (pending) pending.push(claim);
    else ctx.assumed.set(speaker.name, [claim]);
  }
}

function settleAssumed(ctx: ExtractionContext, speaker: Speaker, route: Route): void {
  const pending = ctx.assumed.get(speaker.name);
  if (!pending) return;
  for (const claim of pending) {
    claim.indirect = route.indirect;
    claim.sources = [...new Set([...route.sources, ...claim.sources])];
    claim.chain = buildChain(speaker, route);
  }
  ctx.assumed.delete(speaker.name);
}

// A content span that is one quotation, give or take its punctuation, is a direct quote.
function coveringQuote(quotes: QuoteSpan[], span: Range): QuoteSpan | null {
  return quotes.find((q) => q.start <= span.start + 1 && q.end >= span.end - 1) ?? null;
}

function resolveRefs(refs: string[], state: DiscourseState): string[] {
  return refs.flatMap((ref) => {
    if (/\breports\b/i.test(ref)) return state.lastOutlets;
    const last = state.lastOutlets[state.lastOutlets.length - 1];
    return last ? [last] : [];
  });
}

const ROUTE_PHRASE =
  /\b(?:as\s+(?:first\s+)?(?:reported|covered|carried|cited|quoted|published|broadcast)\s+by|according\s+to)\s+[^,.;~]+/giu;

// The sentence's subject speaks, unless it relays someone: an outlet quoting or citing a person
// ("Axios reported, citing two U.S. officials"), or a route phrase pointing back at outlets a
// person just spoke through ("…, according to the reports").
function chooseSpeaker(
  ctx: ExtractionContext,
  unit: Unit,
  frame: Frame,
  attribution: string,
  refersToOutlets: boolean,
  outlets: string[],
  previous: Attribution | null,
): { speaker: Speaker | null; relay: Speaker | null; via: string } {
  const { state } = ctx;
  const base = unit.start;
  const text = ctx.text.slice(base, unit.end);
  const phrase = (r: Range | null) => (r ? cleanSpeakerPhrase(text.slice(r.start, r.end)) : "");
  const subject = resolveSpeaker(phrase(frame.subject), state, base + (frame.subject?.start ?? 0));
  const origin = resolveSpeaker(phrase(frame.origin), state, base + (frame.origin?.start ?? 0));
  const citing = frame.origin ? null : CITING.exec(attribution);
  const cited = citing?.[1] ? resolveSpeaker(cleanSpeakerPhrase(citing[1]), state, base + citing.index) : null;
  // "citing two officials" names who spoke; "citing low growth and rising prices" only gives reasons.
  const source = origin ?? (cited && (cited.kind === "person" || cited.kind === "group") ? cited : null);
  if (source && source.kind !== "document")
    return { speaker: source, relay: subject, via: origin ? "frame:origin" : "frame:cited" };

  const earlier = previous?.speaker;
  const pointsAtOutlets = frame.mode === "route-phrase" && (subject?.kind === "outlet" || refersToOutlets);
  if (
    pointsAtOutlets &&
    earlier &&
    previous.paragraph === unit.paragraph &&
    ["person", "group", "unknown"].includes(earlier.kind)
  ) {
    if (refersToOutlets || outlets.some((o) => previous.route.via.includes(o)))
      return { speaker: earlier, relay: subject, via: "frame:relayed-earlier" };
  }
  return { speaker: subject, relay: null, via: `frame:${frame.mode}` };
}

// "He added", "the minister also said", "Macron further noted": the cue itself says the speaker
// goes on with the same telling, so the sentence keeps its route, relay and all ("telling"). A
// pronoun or a description with a plain verb ("She said", "the minister said") only carries the
// speaker ("speaker"): whatever outlet relayed the earlier words is not shown to relay these. A
// name with a plain verb ("Okafor said") starts afresh (false).
const CONTINUING_SUBJECT = /^(?:he|she|they|it|we|i|the\s.+|this\s.+|that\s.+)$/i;
const CONTINUING_CUE =
  /\b(?:also|further|furthermore|again|added|adds|adding|continued|continues|went\s+on|reiterated|repeated|later)\b/i;

export function continuesSpeaker(subject: string, cue: string): Continuation {
  if (CONTINUING_CUE.test(`${subject} ${cue}`)) return "telling";
  return subject === "" || CONTINUING_SUBJECT.test(subject.trim()) ? "speaker" : false;
}

// The cue is shown in quotation marks as the article's own words, so it is one verbatim run:
// the verb's words and the route phrases together when they are adjacent ("According to the
// Daily Bugle, the mayor told reporters that"), else the verb's words alone, which name the
// speaker; a relay on the far side of the claim is shown by the chain instead.
function readCue(text: string, frame: Frame, attribution: string): string | null {
  const pieces: Range[] = [
    frame.cue,
    ...[...attribution.matchAll(ROUTE_PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  const joined = { start: Math.min(...pieces.map((p) => p.start)), end: Math.max(...pieces.map((p) => p.end)) };
  const crossesClaim = frame.contents.some((c) => c.start < joined.end && joined.start < c.end);
  const run = crossesClaim ? frame.cue : joined;
  return (
    cutAtSentenceEnd(text.slice(run.start, run.end))
      .trim()
      .replace(/[,\s]+$/, "") || null
  );
}

// Words ending in a full stop that end no sentence ("Sen. Roe", "the U.S. Senate").
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|vs|\p{L}+\.\p{L}+|\p{Lu}\p{L}*\s+\p{Lu})$/u;

// A cue never crosses a sentence end: "Monroe wrote on X. Her lawyer said she may sue" is cut
// after "X", the next sentence being someone else's; a title or an abbreviation is no end
// ("Sen. Roe said", "U.S. officials said", "Jane F. Roe said").
function cutAtSentenceEnd(cue: string): string {
  const end = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  for (let m = end.exec(cue); m; m = end.exec(cue)) {
    if (ABBREVIATION.test(cue.slice(0, m.index))) continue;
    return cue.slice(0, m.index);
  }
  return cue;
}

// The subject's saying reported by unnamed others: "is said to have told", "was reported to have
// warned", "are believed to have argued".
const HEARSAY =
  /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:said|reported|believed|thought|understood|alleged|rumou?red|known)\s+to\s+(?:have\s+)?\p{Ll}/u;

const CITING = new RegExp(String.raw`\b(?:citing|quoting|(?:that|which|who)\s+(?:cited|quoted))\s+(${PHRASE})`, "iu");

export function attributeFrame(
  ctx: ExtractionContext,
  unit: Unit,
  frame: Frame,
  previous: Attribution | null,
): Attribution {
  const { state } = ctx;
  const base = unit.start;
  const masked = ctx.masked.slice(base, unit.end);
  const text = ctx.text.slice(base, unit.end);
  let attribution = masked;
  for (const c of [...frame.contents, ...(frame.cited ? [frame.cited.phrase] : [])])
    attribution = attribution.slice(0, c.start) + "~".repeat(c.end - c.start) + attribution.slice(c.end);

  const cues = readRouteCues(attribution, { ownOutlets: ctx.ownOutlets, people: state.people });
  const referred = resolveRefs(cues.outletRefs, state);
  const outlets = [...new Set([...referred, ...noteOutlets(cues.outlets, state)])];

  const { speaker, relay, via } = chooseSpeaker(
    ctx,
    unit,
    frame,
    attribution,
    cues.outletRefs.length > 0,
    outlets,
    previous,
  );
  if (relay?.kind === "outlet") noteOutlets([relay.name], state);

  const subjectText = frame.subject ? cleanSpeakerPhrase(text.slice(frame.subject.start, frame.subject.end)) : "";
  const judged = judgeRoute({
    speaker,
    relay,
    cues,
    outlets,
    inherited: speaker ? ctx.routes.get(speaker.name) : undefined,
    continues: continuesSpeaker(subjectText, text.slice(frame.cue.start, frame.cue.end)),
  });
  const cited = frame.cited ? cleanSpeakerPhrase(text.slice(frame.cited.name.start, frame.cited.name.end)) : "";
  // "Ann Roe is said to have told officials that…": hearsay, the article heard it from others.
  const hearsay = HEARSAY.test(text.slice(frame.cue.start, frame.cue.end));
  const route =
    speaker && (cited || hearsay)
      ? {
          ...judged,
          indirect: true,
          sources: cited ? [...new Set([...judged.sources, cited])] : judged.sources,
          basis: "explicit" as const,
        }
      : judged;
  if (speaker) {
    // The source she named is hers for this claim only: what she says next is not shown to come
    // from it.
    ctx.routes.set(speaker.name, judged);
    if (judged.basis === "explicit") settleAssumed(ctx, speaker, judged);
    noteSpeaker(speaker, state);
    // "a senior official, speaking on condition of anonymity": later "the official" is them.
    if (
      cues.unnamed &&
      (speaker.kind === "person" || speaker.kind === "group") &&
      /^\p{Ll}|^(?:A|An|One|Two|Three|Several|Some)\s/u.test(speaker.name)
    ) {
      state.lastGroup = speaker;
    }
  }

  const cue = readCue(text, frame, attribution);
  const who: Attribution = { speaker, route, cue, paragraph: unit.paragraph, mention: subjectText || null, via };

  const spans: Range[] = [];
  for (const c of frame.contents) {
    const span = { start: base + c.start, end: base + c.end };
    const quote = coveringQuote(unit.quotes, span);
    const claimSpan = quote ?? span;
    spans.push(claimSpan);
    pushClaim(ctx, claimSpan, quote ? "direct_quote" : "paraphrase", who);
  }
  // A second quotation in the same sentence ("“…,” she said. “…”") has the same speaker.
  for (const q of unit.quotes) {
    const covered = spans.some((s) => s.start < q.end && q.start < s.end);
    if (!covered && countWords(ctx.text.slice(q.start, q.end)) >= 5) pushClaim(ctx, q, "direct_quote", who);
  }
  return who;
}
