// Findings the text places in a poll or survey ("Roe holds a 12-point lead in the latest Harbour
// Gazette poll", "In a survey released Monday, most pilots backed the pier"): the finding is the
// poll's, as PolNeAR annotates it (cue "in", source the poll). Only sentences suggested as
// unattributed facts are read; the poll is the speaker as written, a document, never a person,
// and one poll or survey (or an average of polls), never "the polls" at large.
import { type ExtractionContext, pushClaim } from "./attribute-frame.ts";
import { countWords } from "./find-quotes.ts";
import { judgeRoute } from "./judge-route.ts";
import { readRouteCues } from "./read-route-cues.ts";

// Up to six words before the noun, the poll's name or description: "the latest CNN/ORC",
// "a Harbour Gazette national", "January".
const POLL_NOUN = String.raw`(?:(?!(?:atop|at|on|in|to|from|for|with|by|and|or)\s)[\p{L}\d][\p{L}\p{M}\d.'’/&-]*\s+){0,6}?(?:polls?|surveys?|polling)\b`;
// "… in the latest poll", the finding before it.
const TRAILING = new RegExp(
  String.raw`\s+in\s+(${POLL_NOUN}(?:\s+(?:released|published|conducted|taken)\s+\p{Lu}\p{Ll}+)?)`,
  "u",
);
// "In a survey released Monday, …", the finding after the comma.
const OPENING = new RegExp(String.raw`^(In\s+(${POLL_NOUN})[^,;:]{0,60}),\s+`, "u");
// The finding keeps three words at least.
const MIN_WORDS = 3;

/** Turns each unattributed fact that a poll holds into a paraphrase said by that poll. */
export function attributePollFindings(ctx: ExtractionContext): void {
  const { text } = ctx;
  const facts = ctx.claims.filter((c) => c.kind === "unattributed_fact");
  for (const fact of facts) {
    // "The poll was conducted in…": a sentence about the poll itself is no finding of it.
    if (/^(?:The|This|That|A|An)\s+(?:\S+\s+){0,3}?(?:poll|survey)s?\b/i.test(fact.text)) continue;
    const opening = OPENING.exec(fact.text);
    const trailing = opening ? null : TRAILING.exec(fact.text);
    let span: { start: number; end: number };
    let poll: string;
    let cueAt: number;
    if (opening) {
      poll = (opening[2] ?? "").trim();
      cueAt = fact.start;
      span = { start: fact.start + opening[0].length, end: fact.end - (/[.!?]$/.test(fact.text) ? 1 : 0) };
    } else if (trailing) {
      poll = (trailing[1] ?? "").trim();
      cueAt = fact.start + trailing.index + trailing[0].indexOf("in");
      span = { start: fact.start, end: fact.start + trailing.index };
    } else continue;
    if (countWords(text.slice(span.start, span.end)) < MIN_WORDS) continue;
    // "Roe slid in the polls", "leads in national polling": standings in polls at large, which no
    // one poll reports; an average of polls is one source ("the Harbour Gazette average of polls").
    if (/\b(?:polls|surveys|polling)$/i.test(poll) && !/\baverage\b/i.test(poll)) continue;
    const speaker = { name: poll, kind: "document" as const };
    const cues = readRouteCues("", { ownOutlets: ctx.ownOutlets, people: ctx.state.people });
    const route = judgeRoute({ speaker, relay: null, cues, outlets: [], inherited: undefined, continues: false });
    ctx.claims = ctx.claims.filter((c) => c !== fact);
    pushClaim(ctx, span, "paraphrase", {
      speaker,
      route,
      cue: text.slice(cueAt, cueAt + 2),
      paragraph: -1,
      via: "poll",
    });
  }
}
