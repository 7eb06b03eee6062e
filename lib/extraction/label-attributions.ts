// Attributions read by the learned labeller: each cue with its source and content spans, found
// by tagging every word (attribution-tagger.ts) and grouping the tagged runs by sentence.
// Offsets are UTF-16 code units into the text, end exclusive.
import { describeTokens } from "./attribution-features.ts";
import modelData from "./attribution-model.json" with { type: "json" };
import { type Tag, type TaggerModel, tagTokens } from "./attribution-tagger.ts";
import { findCueBeforeContent } from "./cue-before-content.ts";
import { findQuotes } from "./find-quotes.ts";
import { findNounPhraseBeforeCue } from "./noun-phrase-before-cue.ts";
import type { Range } from "./speech-verbs.ts";
import { type Token, tokenizeText } from "./tokenize-text.ts";

export type LabelledAttribution = {
  source: Range | null;
  cue: Range | null;
  // The reported content, in text order; several when the attribution interrupts it.
  contents: Range[];
  // Without a source run: the noun phrase right before the cue, if one stands there.
  subject?: Range | null;
  sentence: number;
  paragraph: number;
};

type Run = { kind: "S" | "C" | "T"; first: number; last: number };

const model = modelData as TaggerModel;
const cueLemmas = new Set(model.cueLemmas);

function runsOf(tags: Tag[]): Run[] {
  const runs: Run[] = [];
  tags.forEach((tag, i) => {
    if (tag === "O") return;
    const kind = tag.slice(2) as Run["kind"];
    const last = runs[runs.length - 1];
    if (tag.startsWith("I-") && last && last.kind === kind && last.last === i - 1) last.last = i;
    else runs.push({ kind, first: i, last: i });
  });
  return runs;
}

const gap = (a: Run, b: Run) => (a.last < b.first ? b.first - a.last : a.first - b.last);

/**
 * The nearest cue of the content's paragraph, preferring one in the same sentence: the least
 * token gap plus 1000 per sentence between. Both grow with distance on either side, so the best
 * cue is the closest one before or the closest one after the content (an earlier one on a tie):
 * a binary search instead of scoring every cue of a long paragraph. `cues` are in text order.
 */
function nearestCue(
  cues: Run[],
  content: Run,
  sentenceOf: (r: Run) => number,
  paragraphOf: (r: Run) => number,
): Run | undefined {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as Run).first < content.first) lo = mid + 1;
    else hi = mid;
  }
  const paragraph = paragraphOf(content);
  const before = cues[lo - 1];
  const after = cues[lo];
  const score = (c: Run) => gap(c, content) + 1000 * Math.abs(sentenceOf(c) - sentenceOf(content));
  const left = before && paragraphOf(before) === paragraph ? before : undefined;
  const right = after && paragraphOf(after) === paragraph ? after : undefined;
  if (!left || !right) return left ?? right;
  return score(right) < score(left) ? right : left;
}

/**
 * The source of a cue: the nearest source run, or the noun phrase right before the cue when that
 * run is a piece of it, stopping short of the cue or sharing the phrase with another run ("More
 * than | half | of the delegates backed", "| Local fishermen | and | shop owners | fear").
 */
function wholePhrase(
  run: Run | undefined,
  runs: Run[],
  phrase: { first: number; last: number } | null,
  cue: Run,
): Run | undefined {
  if (!run || !phrase) return run;
  const inside = (r: Run) => phrase.first <= r.first && r.last <= phrase.last;
  const piece = inside(run) && (run.last < cue.first - 1 || runs.some((r) => r !== run && inside(r)));
  return piece ? { kind: "S", ...phrase } : run;
}

// "Roe continued: ¶ “…”": a paragraph that ends in a colon after a cue introduces the quotation
// that opens the next paragraph, which has no cue of its own. The cue is read back from the
// colon over the tagged words that touch it ("called | them | on | it:"), at most COLON_REACH
// tokens back; a cue of quoting ("quotes the adviser:") gives another person's words and is left.
const COLON_REACH = 12;
const OPENING_MARK = /^(?:[“"]|'')$/;
const QUOTING = /^(?:quot|cit)/i;
// A word or two tagged as content inside the cue is its object ("called | them | on | it:"); a
// longer run is something said of its own ("listed | the qualities a nominee needs:").
const OBJECT_WORDS = 2;

// The index of the last run starting at or before token `at` (runs in token order), or -1.
function lastRunFrom(runs: readonly Run[], at: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as Run).first <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function colonIntroducedCue(tokens: readonly Token[], runs: Run[], cues: Run[], content: Run): Run | null {
  const colon = content.first - 1;
  const mark = tokens[content.first];
  if (!mark || tokens[colon]?.value !== ":" || tokens[colon]?.paragraph === mark.paragraph) return null;
  if (!OPENING_MARK.test(mark.value)) return null;
  // The last cue run before the colon, in the colon's sentence and within reach of it.
  const last = cues[lastRunFrom(cues, colon)];
  if (!last || last.last < colon - COLON_REACH || tokens[last.first]?.sentence !== tokens[colon]?.sentence) return null;
  if (QUOTING.test((tokens[last.first] as Token).value)) return null;
  let first = last.first;
  for (let i = lastRunFrom(runs, last.first) - 1; i >= 0; i--) {
    const r = runs[i] as Run;
    if (r.kind === "S" || r.last !== first - 1 || r.first < colon - 2 * COLON_REACH) break;
    if (r.kind === "T" && r.last - r.first >= OBJECT_WORDS) break;
    first = r.first;
  }
  return { kind: "C", first, last: colon };
}

/** The labeller's attributions of a text, in text order. */
export function labelAttributions(text: string): LabelledAttribution[] {
  const tokens = tokenizeText(text);
  const tags = tagTokens(model, tokens, describeTokens(tokens, cueLemmas, findQuotes(text)));
  const runs = runsOf(tags);
  // "one | of the people said": a source run cut after the word it belongs to opens with "of";
  // the phrase it names starts after it.
  for (const r of runs) if (r.kind === "S" && r.first < r.last && tokens[r.first]?.value === "of") r.first++;
  const range = (r: Run): Range => ({ start: (tokens[r.first] as Token).start, end: (tokens[r.last] as Token).end });
  const sentenceOf = (r: Run) => (tokens[r.first] as Token).sentence;
  const paragraphOf = (r: Run) => (tokens[r.first] as Token).paragraph;
  const cues = runs.filter((r) => r.kind === "C");
  const sources = runs.filter((r) => r.kind === "S");
  const byCue = new Map<Run, Run[]>();
  const orphans: Run[] = [];
  const introduced: Array<{ cue: Run; content: Run }> = [];
  for (const content of runs.filter((r) => r.kind === "T")) {
    const near = nearestCue(cues, content, sentenceOf, paragraphOf);
    const colonCue = near ? null : colonIntroducedCue(tokens, runs, cues, content);
    if (near) byCue.get(near)?.push(content) ?? byCue.set(near, [content]);
    else if (colonCue) introduced.push({ cue: colonCue, content });
    else orphans.push(content);
  }
  // The introducing cue takes in the tagged runs it spans: "called | them | on | it:" is one cue,
  // not the attributions "called them" and "on it".
  for (const { cue } of introduced) {
    for (let i = lastRunFrom(cues, cue.last); i >= 0 && (cues[i] as Run).first >= cue.first; i--) {
      const c = cues[i] as Run;
      const contents = byCue.get(c);
      if (!contents || c.last > cue.last) continue;
      const rest = contents.filter((t) => t.first < cue.first || t.last > cue.last || t.last - t.first >= OBJECT_WORDS);
      if (rest.length > 0) byCue.set(c, rest);
      else byCue.delete(c);
    }
  }
  for (const { cue, content } of introduced) {
    cues.push(cue);
    byCue.set(cue, [content]);
  }
  cues.sort((a, b) => a.first - b.first);
  const sourcesBySentence = new Map<number, Run[]>();
  for (const s of sources) sourcesBySentence.get(sentenceOf(s))?.push(s) ?? sourcesBySentence.set(sentenceOf(s), [s]);
  const out: LabelledAttribution[] = [];
  for (const cue of cues) {
    const contents = byCue.get(cue);
    if (!contents) continue;
    const runs = sourcesBySentence.get(sentenceOf(cue)) ?? [];
    const before = findNounPhraseBeforeCue(tokens, cue.first);
    const source = wholePhrase([...runs].sort((a, b) => gap(a, cue) - gap(b, cue))[0], runs, before, cue);
    const phrase = source ? null : before;
    out.push({
      source: source ? range(source) : null,
      subject: phrase ? range({ kind: "S", ...phrase }) : null,
      cue: range(cue),
      contents: contents.map(range),
      sentence: sentenceOf(cue),
      paragraph: paragraphOf(cue),
    });
  }
  for (const content of orphans) {
    // A content tagged without a cue, right after a cue-lexicon verb the labeller left untagged.
    const found = findCueBeforeContent(tokens, content.first, cueLemmas);
    const cue: Run | null = found ? { kind: "C", ...found } : null;
    const runs = cue ? (sourcesBySentence.get(sentenceOf(cue)) ?? []).filter((s) => s.last < cue.first) : [];
    const before = cue ? findNounPhraseBeforeCue(tokens, cue.first) : null;
    const source = cue
      ? wholePhrase([...runs].sort((a, b) => gap(a, cue) - gap(b, cue))[0], runs, before, cue)
      : undefined;
    const phrase = source ? null : before;
    out.push({
      source: source ? range(source) : null,
      subject: phrase ? range({ kind: "S", ...phrase }) : null,
      cue: cue ? range(cue) : null,
      contents: [range(content)],
      sentence: sentenceOf(cue ?? content),
      paragraph: paragraphOf(cue ?? content),
    });
  }
  return out.sort((a, b) => (a.contents[0]?.start ?? 0) - (b.contents[0]?.start ?? 0));
}
