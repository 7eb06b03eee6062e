// Joins the learned labeller to the rules: a labelled attribution that no rule found becomes a
// claim, its speaker resolved like a rule's (pronouns, surnames, titles) and its route read from
// the same cue words. Where a rule already attributed the span, the rule's reading stands; a
// span the rules took for an unattributed fact gets the labeller's attribution instead.
import type { Attribution, ExtractionContext } from "./attribute-frame.ts";
import { continuesSpeaker, pushClaim } from "./attribute-frame.ts";
import { findCoordinatedHost } from "./coordinated-attribution.ts";
import { noteOutlets, noteSpeaker, recentSpeakers, type Speaker } from "./discourse-state.ts";
import { opensWithExpletiveIt } from "./expletive-it.ts";
import { findNames, isPersonName, isRegisteredPerson } from "./find-names.ts";
import { countWords } from "./find-quotes.ts";
import { judgeRoute } from "./judge-route.ts";
import type { LabelledAttribution } from "./label-attributions.ts";
import { sourceOfLabelled } from "./labelled-source.ts";
import { PROCESS_NOTE, WITHHELD_NAME } from "./process-notes.ts";
import { readRouteCues } from "./read-route-cues.ts";
import { followsBareList, isRelativePronoun } from "./relative-antecedent.ts";
import { resolveSpeaker } from "./resolve-speaker.ts";
import { cleanSpeakerPhrase, isMannerPhrase, type Range } from "./speech-verbs.ts";
import type { SuggestedClaim } from "./suggested-claim.ts";

// The speaker a claim already names, as the discourse state recorded them.
const speakerNamed = (ctx: ExtractionContext, name: string): Speaker | null =>
  recentSpeakers(ctx.state).find((s) => s.name === name) ?? resolveSpeaker(name, ctx.state, 0);

// The scorers' rule: spans overlapping by at least half of the shorter are one claim.
const sameSpan = (a: Range, b: Range) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= Math.min(a.end - a.start, b.end - b.start) / 2;
};

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

// Claims are added unit by unit in text order, and a labelled attribution lies within its cue's
// paragraph, so only the latest claims can overlap it: the indexes of the last LATEST_CLAIMS,
// newest first. The cap keeps a run-on text, one "unit" of thousands of claims, linear.
const LATEST_CLAIMS = 64;
function latestClaims(ctx: ExtractionContext): number[] {
  const out: number[] = [];
  for (let i = ctx.claims.length - 1; i >= Math.max(0, ctx.claims.length - LATEST_CLAIMS); i--) out.push(i);
  return out;
}

// Connectives before a sentence's subject ("But it seems…").
const OPENING_CONNECTIVES = /^(?:[\s(“"‘]|(?:But|And|Yet|So|Still|Now|However|Instead|Meanwhile)\b,?)*/i;

// "who has repeatedly" right before a cue: the cue is the verb of a relative clause.
const RELATIVE_BEFORE_CUE = /\b(?:who|which)(?:\s+(?:has|have|had|is|are|was|were|will|would|also|\p{Ll}+ly))*\s+$/u;

// Where the relative pronoun of a labelled attribution stands: its source, or right before a cue
// read without a source; null when it has none.
function relativePronounAt(text: string, unitStart: number, a: LabelledAttribution): number | null {
  if (a.source) return isRelativePronoun(text.slice(a.source.start, a.source.end)) ? a.source.start : null;
  if (!a.cue || a.cue.start < unitStart) return null;
  const m = RELATIVE_BEFORE_CUE.exec(text.slice(unitStart, a.cue.start));
  return m ? unitStart + m.index : null;
}

// Cues whose object alone is what is reported: support for, or an attack on, the person named.
const STANCE_CUE =
  /(?:^|\s)(?:endors(?:e|ed|es|ing|ement (?:of|for))|lash(?:es|ed|ing)? out at|hammer(?:s|ed|ing)?|back(?:ed|s|ing)?|support(?:ed|s|ing)?|oppos(?:e|ed|es|ing)|opposition to|prais(?:e|ed|es|ing)|critici[sz](?:e|ed|es|ing)|attack(?:ed|s|ing)?|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|bash(?:es|ed|ing)?|trash(?:es|ed|ing)?|savag(?:e|ed|es|ing)|denounc(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|defend(?:ed|s|ing)?|swipes? at|digs? at|against|prefer(?:s|red|ring)?|favou?r(?:s|ed|ing)?)$/i;

const QUOTED_AS_SAYING = /^[^,.;:~]*?\bas\s+(?:saying|stating|telling|having\s+said|writing|arguing|warning)\b/i;
// How far past a labelled span "as saying" is looked for.
const QUOTED_AS_REACH = 24;

const QUOTE_OPENING = /^\s*(?:[“"‘]|'')/;
// The rest of a phrase that introduces a quotation with a colon, up to the quotation.
const INTRODUCING = /^[^.!?;,“"‘”:]{0,60}:\s*$/;

// Characters read for route cues on either side of an attribution; far beyond any news sentence.
const CUE_WINDOW = 1000;

function cueWords(ctx: ExtractionContext, from: number, to: number, contents: Range[]): string {
  let words = ctx.masked.slice(from, to);
  for (const c of contents) {
    const s = Math.max(c.start, from) - from;
    const e = Math.min(c.end, to) - from;
    if (e > s) words = words.slice(0, s) + "~".repeat(e - s) + words.slice(e);
  }
  return words;
}

/**
 * Adds the labelled attributions of one unit (sentence or quotation run) as claims and returns
 * the attribution of the last one added, for the sentences that follow.
 */
// A cue in the passive of a verb of saying or judging ("was accused of", "is widely said to",
// "has been criticised for"): not "is expected to", "is convinced", whose subject holds the view.
const PASSIVE_CUE =
  /^(?:is|was|were|are|be|been|being|(?:has|have|had)\s+been)\s+(?:\p{Ll}+ly\s+)?(?:accused|alleged|said|reported|rumou?red|claimed|believed|thought|considered|deemed|criti[cz]i[sz]ed|blamed|charged|described|portrayed|labell?ed|branded|called|asked|praised|celebrated|attacked|condemned|denounced|attributed|viewed|regarded|touted|hailed|slammed|faulted|credited|dubbed|characteri[sz]ed|perceived|rejected)\b(?!.*\bsaying\b)/u;

// A person or a group of them as the whole of what is cited: "an unnamed aide", "two people
// familiar with the talks", "officials close to the mayor".
const CITED_SOURCE =
  /^(?:[\p{L}\d'’-]+\s+){0,4}(?:aides?|officials?|sources?|people|persons?|spokes(?:man|woman|person|people)|advis[eo]rs?|insiders?|experts?|analysts?|witness(?:es)?|diplomats?|officers?|staffers?|lawmakers?)(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|involved\s+in)(?:\s+[^,.;:]+)?)?[.,]?$/iu;

// A cue whose saying is negated: "never said", "didn't tell", "would not confirm".
const NEGATED_CUE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:\p{Ll}+\s+)?(?:say|said|says|tell|told|tells|claim(?:ed|s)?|alleg(?:e|ed|es)|confirm(?:ed|s)?|den(?:y|ied|ies)|state[ds]?|announce[ds]?|report(?:ed|s)?|mention(?:ed|s)?|comment(?:ed|s)?|disclose[ds]?|reveal(?:ed|s)?|write|wrote|writes|specif(?:y|ied|ies)|indicate[ds]?)\b/iu;
// "No official has claimed…", "Nobody told…": the subject says no one did.
const NO_ONE_BEFORE = /(?:^|[,;:]\s*)(?:No|Nobody|None)\b[^,;:]*$/;
const NO_ONE_AFTER_STOP = /[,;:]\s*(?:No|Nobody|None)\b[^,;:]*$/;
const NO_ONE_WINDOW = 200;
function noOneBefore(text: string, unitStart: number, cueStart: number): boolean {
  const from = Math.max(unitStart, cueStart - NO_ONE_WINDOW);
  return (from === unitStart ? NO_ONE_BEFORE : NO_ONE_AFTER_STOP).test(text.slice(from, cueStart));
}

// A span that findQuotes read as one quotation filling a paragraph and left open at its end:
// every word of it masked, and only a line break before and after it.
function runsOnOpen(ctx: ExtractionContext, span: Range): boolean {
  return (
    !/[\p{L}\p{N}]/u.test(ctx.masked.slice(span.start + 1, span.end)) &&
    /(?:^|\n)[ \t]*$/.test(ctx.text.slice(Math.max(0, span.start - 40), span.start)) &&
    /^[ \t]*(?:\n|$)/.test(ctx.text.slice(span.end, span.end + 40))
  );
}

// Whether `words` at `span` are the speaker a claim of this unit read after its verb, or the
// start of it ("…, said several observers", "…, say residents | of the town": the claim's cue is
// the verb and those words, and only the verb stands between the claim and the words).
function isReadSpeaker(text: string, claim: SuggestedClaim, unitStart: number, span: Range, words: string): boolean {
  if (claim.speaker == null || claim.start < unitStart || claim.end > span.start || !words) return false;
  const read = /^\S+\s+(.*?)[.,]?$/s.exec(claim.cue ?? "")?.[1];
  if (read === words) return true;
  return read?.startsWith(words) === true && /^[\s,”"’']*\p{Ll}+\s+$/u.test(text.slice(claim.end, span.start));
}

// "…, say critics, who have long opposed the mayor": a relative clause about the speaker a claim
// of this unit read after its verb says who they are, not what anyone said. Only the verb, that
// speaker and the relative pronoun's clause stand between the claim and the span (capped).
function isInReadSpeakersClause(text: string, claim: SuggestedClaim, unitStart: number, span: Range): boolean {
  if (claim.speaker == null || claim.start < unitStart || claim.end > span.start || span.start - claim.end > 240)
    return false;
  const verb = /^(\S+)\s/.exec(claim.cue ?? "")?.[1];
  if (!verb) return false;
  const between = text.slice(claim.end, span.start);
  const m = /^[\s,”"’']*(\S+)\s+([^,.;!?]{1,80}),\s*(?:who|whom|whose)\b[^.;!?]*$/u.exec(between);
  return m?.[1] === verb && m[2]?.trim() === claim.speaker;
}

// How far before a cue a clause's own subject is looked for (UTF-16 code units).
const SUBJECT_WINDOW = 160;

// "Graham is not running again, but is mulling…", "Clinton, goaded by Sanders, came out
// against…": a cue the labeller found without a source, in a sentence a person's name opens,
// is that person's, not the last speaker's. Null when no name opens the sentence.
function openingName(ctx: ExtractionContext, unitStart: number, at: number): Speaker | null {
  if (at - unitStart > SUBJECT_WINDOW) return null;
  const before = ctx.masked.slice(unitStart, at);
  const opener = /^(?:[\s(“"‘]|(?:But|And|Yet|So|Still|Now|Then)\b,?\s*)*/.exec(before)?.[0].length ?? 0;
  const name = findNames(before.slice(opener))[0];
  if (name?.start !== 0) return null;
  if (!isRegisteredPerson(name.text, ctx.state.people) && !isPersonName(name.text, false)) return null;
  // "Clinton’s plan is…": a possessive names the owner, not the subject.
  if (/^['’]/.test(before.slice(opener + name.end))) return null;
  return resolveSpeaker(name.text, ctx.state, unitStart + opener);
}

export function addLabelledClaims(
  ctx: ExtractionContext,
  unit: { start: number; end: number; paragraph: number },
  labelled: LabelledAttribution[],
  previous: Attribution | null,
  framed: Attribution | null = null,
): Attribution | null {
  let last: Attribution | null = null;
  for (const labelledOne of labelled) {
    // "Roe, who met Tom Voss, said: ¶ “…”": a quotation after the unit, introduced by it, goes
    // to the speaker the rules read in the unit when they read one; it is carried to it there.
    if (
      framed?.speaker &&
      labelledOne.contents.every((c) => c.start >= unit.end && /\n/.test(ctx.text.slice(unit.end, c.start)))
    )
      continue;
    // One word tagged as content right before the source is the source's first word
    // ("Opposition | candidate Ruth Nwosu rejected the result").
    const source = labelledOne.source;
    const cueRange = labelledOne.cue;
    const cueHere = cueRange !== null && cueRange.start >= unit.start && cueRange.end <= unit.end;
    // Words tagged as content in another sentence, one with no cue of its own, go to the
    // paragraph's nearest cue; they are not what this cue reports ("The pier opened in May. Its
    // critics | say the fees are too high"), and the claim would run over both sentences. A
    // quotation after the cue's sentence ("Roe said: ¶ “…”") is still its content.
    const inCueSentence = (c: Range) =>
      !cueHere ||
      (c.end > unit.start && (c.start < unit.end || QUOTE_OPENING.test(ctx.text.slice(c.start, c.start + 3))));
    const pieces = labelledOne.contents.filter(
      (c) =>
        !(
          source &&
          source.start >= c.end &&
          source.start - c.end <= 2 &&
          countWords(ctx.text.slice(c.start, c.end)) <= 1
        ) && inCueSentence(c),
    );
    // "…, according to local media | reports, though the department has confirmed two": a
    // concessive clause after the cue is the writer's, and so is what follows it.
    const concessive = pieces.findIndex(
      (c) =>
        labelledOne.cue !== null &&
        labelledOne.cue.end <= c.start &&
        /^(?:even\s+)?(?:though|although)\b/i.test(ctx.text.slice(c.start, c.end)),
    );
    if (concessive >= 0) pieces.splice(concessive);
    // "X says A and argues B": the claim read as one from "says" gives up B to this attribution.
    const split = findCoordinatedHost(
      ctx.text,
      latestClaims(ctx).map((i) => ctx.claims[i] as SuggestedClaim),
      { ...labelledOne, contents: pieces },
    );
    const a = { ...labelledOne, contents: split?.contents ?? pieces };
    const first = a.contents[0];
    const final = a.contents[a.contents.length - 1];
    if (!first || !final) continue;
    const span = { start: first.start, end: final.end };
    // Without a cue only a quotation is a claim (a quote running on from the last speaker);
    // stray words tagged as content are not.
    // A quotation a cue introduces, opening its paragraph and left open at its end, runs on into
    // the next paragraph: still a quote.
    const quoted =
      /^(?:[“"‘]|'')/.test(ctx.text.slice(span.start, span.start + 2)) &&
      (/(?:[”"’]|'')$/.test(ctx.text.slice(Math.max(0, span.end - 2), span.end)) ||
        (a.cue !== null && runsOnOpen(ctx, span)));
    const words = countWords(ctx.text.slice(span.start, span.end));
    // PolNeAR annotates short contents ("X criticised his rivals", "Y endorsed Jane Roe"), and on
    // its train split two words gain more right attributions than they add wrong ones; one word
    // ("thanks", a stray name) does not.
    // "Jeb Bush endorsed Cruz", "Biden trashes Trump": a name alone is the whole content of a
    // stance taken towards that person; after "quoted", "told" or "asked" it is the person
    // quoted or addressed, so only the cues of STANCE_CUE count.
    const namedObject =
      words === 1 &&
      a.cue !== null &&
      a.cue.end <= span.start &&
      /^\s+$/.test(ctx.text.slice(a.cue.end, span.start)) &&
      STANCE_CUE.test(ctx.text.slice(a.cue.start, a.cue.end).trim()) &&
      /^\p{Lu}\p{Ll}+$/u.test(ctx.text.slice(span.start, span.end));
    if ((!a.cue && !quoted) || (words < 2 && !namedObject)) continue;
    // "Tom Hale argued with | Bill Ortiz", "spoke to | Ann Lee": a name alone after a cue that ends
    // in a preposition is whom the words went to or were exchanged with, not what was said.
    const cueText = a.cue ? ctx.text.slice(a.cue.start, a.cue.end).trim() : "";
    if (
      a.cue &&
      a.cue.end <= span.start &&
      /\s(?:with|to|at|about|for)$/i.test(cueText) &&
      !STANCE_CUE.test(cueText) &&
      /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}[.,]?$/u.test(ctx.text.slice(span.start, span.end).trim())
    )
      continue;
    // "Tom Voss quotes | Ann Roe |: “…”": the words between a verb of quoting and a colon are the
    // person quoted, who speaks the quotation after it, not what was said.
    if (
      a.cue &&
      a.cue.end <= span.start &&
      /\b(?:quotes|quoted|cites|cited)$/i.test(cueText) &&
      /^[ \t]*:/.test(ctx.text.slice(span.end, span.end + 4))
    )
      continue;
    // "…, designed to reinforce Ukraine and to evaluate support for it": an infinitive that no
    // source in its sentence governs states a purpose, not what anyone said.
    // The cue may be the bare "to" before the verb ("as well as to | evaluate support…").
    if (a.cue && !a.source && /^to(?:\s|$)/i.test(ctx.text.slice(a.cue.start, a.cue.end).trim())) continue;
    // "…, according to local media, though the department has confirmed two": a concessive clause
    // after the cue is the writer's, not the cue's content.
    if (
      a.cue &&
      a.cue.end <= span.start &&
      /\p{L}/u.test(ctx.text.slice(a.cue.start, a.cue.end)) &&
      /^(?:even\s+)?(?:though|although)\b/i.test(ctx.text.slice(span.start, span.end))
    )
      continue;
    // "The mayor was accused of taking bribes", "She is said to favour…": a passive cue's subject
    // is who the words are about; whoever said them is not named.
    // A source after the cue is the agent ("was criticised by the union") and speaks.
    if (
      a.cue &&
      (!a.source || a.source.end <= a.cue.start) &&
      PASSIVE_CUE.test(ctx.text.slice(a.cue.start, a.cue.end).trim())
    )
      continue;
    // "Roe has never said that…", "The ministry would not confirm that…", "No official has
    // claimed…": a saying the text denies took place is nobody's claim.
    if (a.cue && NEGATED_CUE.test(ctx.text.slice(Math.max(unit.start, a.cue.start - 12), a.cue.end))) continue;
    // At most NO_ONE_WINDOW characters back: a run-on unit is not read again for each attribution.
    if (a.cue && a.cue.start >= unit.start && noOneBefore(ctx.text, unit.start, a.cue.start)) continue;
    // "Asked about the report, she…": what the speaker was asked about is no claim of theirs.
    if (a.cue && /^Asked(?:\s+about)?$/.test(ctx.text.slice(a.cue.start, a.cue.end).trim())) continue;
    // "said in an interview", "said on Twitter": how it was said, not what.
    if (!quoted && isMannerPhrase(ctx.text.slice(span.start, span.end))) continue;
    // "citing leaked emails": PolNeAR's content, but for a claim it is the route, read by the rules.
    // "Roe cited the fares as proof": a finite "cited" after its own source is an attribution.
    const cueWord = a.cue ? ctx.text.slice(a.cue.start, a.cue.end).trim() : "";
    const citesOwn = /^cited$/i.test(cueWord) && a.source !== null && a.cue !== null && a.source.end <= a.cue.start;
    if (/^(?:citing|cited|quoting|quoted)$/i.test(cueWord) && !citesOwn) continue;
    // "Reuters quoted | a ministry spokesman as | saying": the words up to "as saying" name whom
    // the outlet quoted, never what was said.
    if (
      /^(?:quoted|cited)\b/i.test(cueWord) &&
      QUOTED_AS_SAYING.test(ctx.text.slice(span.start, Math.min(unit.end, span.end + QUOTED_AS_REACH)))
    )
      continue;
    // "The report cited an unnamed aide": whom it cites is its source, not what it says.
    if (citesOwn && CITED_SOURCE.test(ctx.text.slice(span.start, span.end).trim())) continue;
    // "according to a report in the Journal that cited unnamed sources": what follows the source
    // of "according to" says more about that source; the words it reports come before the cue.
    if (
      a.cue &&
      a.source &&
      /^according\s+to$/i.test(ctx.text.slice(a.cue.start, a.cue.end).trim()) &&
      a.cue.end <= a.source.start &&
      a.source.end <= span.start
    )
      continue;
    // "as reported by La Dépêche du Midi": the words after "by" name the route, not a claim.
    if (
      /\b(?:by|according\s+to)\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|du|de|des|la|le|of|the)\s+){0,5}$/u.test(
        ctx.text.slice(Math.max(0, span.start - 60), span.start),
      )
    )
      continue;
    // A content that swallows its own cue or source, or a note about the reporting, is a misreading.
    const inside = (r: Range | null) => r !== null && a.contents.some((c) => r.start < c.end && c.start < r.end);
    // The note may open before the labelled words: "declined | to comment", "could | not be verified".
    const noteFrom = Math.max(span.start - 40, a.cue && a.cue.start < span.start ? a.cue.start : span.start);
    if (inside(a.cue) || inside(a.source) || PROCESS_NOTE.test(ctx.text.slice(noteFrom, span.end))) continue;
    if (WITHHELD_NAME.test(ctx.text.slice(Math.min(a.cue?.start ?? span.start, span.start), span.end))) continue;
    const latest = latestClaims(ctx);
    const others = latest.filter((i) => ctx.claims[i] !== split?.host);
    if (others.some((i) => ctx.claims[i]?.speaker != null && overlaps(ctx.claims[i] as Range, span))) continue;
    // "…, said several observers": the words a rule of this unit read as the speaker are no
    // content of their own.
    const spanText = ctx.text.slice(span.start, span.end).trim();
    if (
      !quoted &&
      others.some((i) => {
        const c = ctx.claims[i] as SuggestedClaim;
        return (
          isReadSpeaker(ctx.text, c, unit.start, span, spanText) ||
          isInReadSpeakersClause(ctx.text, c, unit.start, span)
        );
      })
    )
      continue;
    // "She said of | gay couples: “…”", "He explained | the Drudge | headline by saying: “…”": words
    // of the phrase whose colon introduces a quotation already attributed, read by the rules as
    // part of its cue, are no claim.
    if (
      others.some((i) => {
        const c = ctx.claims[i] as SuggestedClaim;
        return (
          c.speaker !== null &&
          c.start >= span.end &&
          INTRODUCING.test(ctx.text.slice(span.end, c.start)) &&
          (c.cue ?? "").includes(ctx.text.slice(span.start, span.end))
        );
      })
    )
      continue;
    const known = others.filter((i) => sameSpan(ctx.claims[i] as Range, span));
    // "…, bully and blowhard who has pledged…": a relative pronoun closing a list of bare nouns
    // stands for a list whose start the commas do not show; it names no one, and the last speaker
    // did not say it either.
    // "Prices could rise by, say, ten percent", "If it fails, say goodbye to…": a bare "say" right
    // after a comma, with no source and its content after it, is a filler or a command, no saying.
    if (!a.source && isFillerOrCommandSay(ctx.text, a.cue, span)) continue;
    const relative = split ? null : relativePronounAt(ctx.text, unit.start, a);
    if (relative !== null && followsBareList(ctx.text, relative, unit.start)) continue;
    const subject = split ? split.subject : sourceOfLabelled(ctx, unit.start, a, span);
    const sourceText = subject ? ctx.text.slice(subject.start, subject.end) : "";
    // "It is unclear whether…", "It seems…": the dummy "it" names no one (nor hands the words to
    // the last speaker); the rules' reading stands.
    const lead = ctx.text.slice(subject?.start ?? unit.start, Math.max(subject?.end ?? 0, a.cue?.end ?? 0, span.start));
    if (opensWithExpletiveIt(subject ? lead : lead.replace(OPENING_CONNECTIVES, ""))) continue;
    const opening = subject || split ? null : openingName(ctx, unit.start, a.cue?.start ?? span.start);
    const speaker = subject
      ? resolveSpeaker(cleanSpeakerPhrase(sourceText), ctx.state, subject.start)
      : split
        ? speakerNamed(ctx, split.host.speaker as string)
        : (opening ?? previous?.speaker ?? null);
    // A content that is its own speaker's name is a misread source ("Ukraine's air force said").
    if (!speaker || (!quoted && speaker.name === ctx.text.slice(span.start, span.end).trim())) continue;
    if (split) {
      split.host.end = split.cut;
      split.host.text = ctx.text.slice(split.host.start, split.cut);
    }
    // `known` runs from the last claim back, so each removal leaves the other indexes in place.
    for (const i of known) ctx.claims.splice(i, 1);
    // The unit's words around the attribution, at most CUE_WINDOW either side: a run-on "sentence"
    // of a whole article would otherwise be read again for each of its attributions.
    const nearest = Math.min(span.start, a.cue?.start ?? span.start);
    const far = Math.max(span.end, a.cue?.end ?? span.end);
    const from = Math.max(Math.min(unit.start, nearest), nearest - CUE_WINDOW);
    const to = Math.min(Math.max(unit.end, far), far + CUE_WINDOW);
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
    const via = split
      ? "labelled:split"
      : subject
        ? a.source
          ? "labelled:source"
          : "labelled:subject"
        : opening
          ? "labelled:subject"
          : "labelled:previous";
    const who: Attribution = { speaker, route, cue, paragraph: unit.paragraph, via };
    pushClaim(ctx, span, quoted ? "direct_quote" : "paraphrase", who);
    last = who;
  }
  return last;
}

/** A cue that is the bare word "say" right after a comma, before its content (see addLabelledClaims). */
function isFillerOrCommandSay(text: string, cue: Range | null, span: Range): boolean {
  if (!cue || span.start < cue.end) return false;
  return (
    /^say$/.test(text.slice(cue.start, cue.end).trim()) &&
    /,\s*$/.test(text.slice(Math.max(0, cue.start - 3), cue.start))
  );
}
