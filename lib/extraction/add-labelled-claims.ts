// Joins the learned labeller to the rules: a labelled attribution that no rule found becomes a
// claim, its speaker resolved like a rule's (pronouns, surnames, titles) and its route read from
// the same cue words. Where a rule already attributed the span, the rule's reading stands; a
// span the rules took for an unattributed fact gets the labeller's attribution instead.
import type { Attribution, ExtractionContext } from "./attribute-frame.ts";
import { continuesSpeaker, pushClaim } from "./attribute-frame.ts";
import { findNames } from "./find-names.ts";
import { countWords } from "./find-quotes.ts";
import { judgeRoute } from "./judge-route.ts";
import type { LabelledAttribution } from "./label-attributions.ts";
import { PROCESS_NOTE } from "./process-notes.ts";
import { readRouteCues } from "./read-route-cues.ts";
import { noteOutlets, noteSpeaker, resolveSpeaker } from "./resolve-speaker.ts";
import { cleanSpeakerPhrase, pickSubject, type Range } from "./speech-verbs.ts";

// The scorers' rule: spans overlapping by at least half of the shorter are one claim.
const sameSpan = (a: Range, b: Range) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= Math.min(a.end - a.start, b.end - b.start) / 2;
};

function cueWords(ctx: ExtractionContext, from: number, to: number, contents: Range[]): string {
  let words = ctx.masked.slice(from, to);
  for (const c of contents) {
    const s = Math.max(c.start, from) - from;
    const e = Math.min(c.end, to) - from;
    if (e > s) words = words.slice(0, s) + "~".repeat(e - s) + words.slice(e);
  }
  return words;
}

// A cue the labeller found without its source ("Donald Trump is telling attendees that…",
// "Marco Rubio flipped his choice – saying…"): the subject of the words before the cue, when
// they open with one. Null when the cue follows its content or no subject stands before it.
function subjectBeforeCue(ctx: ExtractionContext, unitStart: number, cue: Range, content: Range): Range | null {
  if (cue.start < unitStart || content.start < cue.end) return null;
  const before = ctx.masked.slice(unitStart, cue.start);
  const picked = pickSubject(before, before.length);
  if (!picked) return null;
  const phrase = before.slice(picked.subject.start, picked.subject.end);
  const head = findNames(phrase)[0];
  const pronoun = /^(?:he|she|they|it)\b/i.exec(phrase);
  const short = phrase.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(phrase) && !/^(?:The|A|An|This|That)\b/.test(phrase);
  // A name or pronoun opening a longer predicate is its subject ("Kasich is telling…").
  const end = short
    ? picked.subject.end
    : head?.start === 0
      ? picked.subject.start + head.end
      : pronoun
        ? picked.subject.start + pronoun[0].length
        : null;
  if (end === null || (short && !head && !pronoun)) return null;
  return { start: unitStart + picked.subject.start, end: unitStart + end };
}

/**
 * Adds the labelled attributions of one unit (sentence or quotation run) as claims and returns
 * the attribution of the last one added, for the sentences that follow.
 */
export function addLabelledClaims(
  ctx: ExtractionContext,
  unit: { start: number; end: number; paragraph: number },
  labelled: LabelledAttribution[],
  previous: Attribution | null,
): Attribution | null {
  let last: Attribution | null = null;
  for (const labelledOne of labelled) {
    // One word tagged as content right before the source is the source's first word
    // ("Opposition | candidate Ruth Nwosu rejected the result").
    const source = labelledOne.source;
    const pieces = labelledOne.contents.filter(
      (c) =>
        !(
          source &&
          source.start >= c.end &&
          source.start - c.end <= 2 &&
          countWords(ctx.text.slice(c.start, c.end)) <= 1
        ),
    );
    const a = { ...labelledOne, contents: pieces };
    const first = a.contents[0];
    const final = a.contents[a.contents.length - 1];
    if (!first || !final) continue;
    const span = { start: first.start, end: final.end };
    // Without a cue only a quotation is a claim (a quote running on from the last speaker);
    // a stray word or two tagged as content is not.
    const quoted =
      /^(?:[“"‘]|'')/.test(ctx.text.slice(span.start)) && /(?:[”"’]|'')$/.test(ctx.text.slice(0, span.end));
    const words = countWords(ctx.text.slice(span.start, span.end));
    // Without a source, a short content is more often a misread source ("Ukraine's air force said").
    if ((!a.cue && !quoted) || words < 3 || (!a.source && !quoted && words < 4)) continue;
    // "citing leaked emails": PolNeAR's content, but for a claim it is the route, read by the rules.
    if (a.cue && /^(?:citing|cited|quoting|quoted)$/i.test(ctx.text.slice(a.cue.start, a.cue.end).trim())) continue;
    // "as reported by La Dépêche du Midi": the words after "by" name the route, not a claim.
    if (
      /\b(?:by|according\s+to)\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|du|de|des|la|le|of|the)\s+){0,5}$/u.test(
        ctx.text.slice(Math.max(0, span.start - 60), span.start),
      )
    )
      continue;
    // A content that swallows its own cue or source, or a note about the reporting, is a misreading.
    const inside = (r: Range | null) => r !== null && a.contents.some((c) => r.start < c.end && c.start < r.end);
    if (inside(a.cue) || inside(a.source) || PROCESS_NOTE.test(ctx.text.slice(span.start, span.end))) continue;
    const overlaps = (c: Range) => c.start < span.end && span.start < c.end;
    if (ctx.claims.some((c) => c.speaker !== null && overlaps(c))) continue;
    const known = ctx.claims.filter((c) => sameSpan(c, span));
    const subject = a.source ?? (a.cue ? subjectBeforeCue(ctx, unit.start, a.cue, span) : null);
    const sourceText = subject ? ctx.text.slice(subject.start, subject.end) : "";
    const speaker = subject
      ? resolveSpeaker(cleanSpeakerPhrase(sourceText), ctx.state, subject.start)
      : (previous?.speaker ?? null);
    if (!speaker) continue;
    for (const c of known) ctx.claims.splice(ctx.claims.indexOf(c), 1);
    const from = Math.min(unit.start, span.start, a.cue?.start ?? span.start);
    const to = Math.max(unit.end, span.end, a.cue?.end ?? span.end);
    const cues = readRouteCues(cueWords(ctx, from, to, a.contents), {
      ownOutlets: ctx.ownOutlets,
      people: ctx.state.people,
    });
    const outlets = noteOutlets(cues.outlets, ctx.state);
    const route = judgeRoute({
      speaker,
      relay: null,
      cues,
      outlets,
      inherited: ctx.routes.get(speaker.name),
      continues: continuesSpeaker(sourceText, a.cue ? ctx.text.slice(a.cue.start, a.cue.end) : ""),
    });
    ctx.routes.set(speaker.name, route);
    noteSpeaker(speaker, ctx.state);
    const cue = a.cue ? ctx.text.slice(a.cue.start, a.cue.end) : (previous?.cue ?? null);
    const who: Attribution = { speaker, route, cue, paragraph: unit.paragraph };
    pushClaim(ctx, span, quoted ? "direct_quote" : "paraphrase", who);
    last = who;
  }
  return last;
}
