// What the attribution labeller sees of each word: the word, its lemma and part of speech, its
// neighbours, whether it sits inside a quotation, and how far the nearest cue word (a lemma of
// the learned cue lexicon) is on either side within the sentence. Plain strings, hashed by the
// model; the tag of the previous words is added while decoding (see label-attributions.ts).
import type { QuoteSpan } from "./find-quotes.ts";
import type { Token } from "./tokenize-text.ts";

function shapeOf(value: string): string {
  if (/^\p{Lu}+$/u.test(value)) return value.length > 1 ? "AA" : "A";
  if (/^\p{Lu}/u.test(value)) return "Aa";
  if (/^\p{Ll}/u.test(value)) return "a";
  if (/^\p{N}/u.test(value)) return "9";
  return value;
}

const bucket = (d: number): string => (d <= 0 ? "none" : d <= 2 ? String(d) : d <= 4 ? "3-4" : d <= 8 ? "5-8" : "9+");

/** Whether each token is inside a quotation (its marks count as inside), by the rules' quote finder. */
function quotedTokens(tokens: Token[], quotes: QuoteSpan[]): boolean[] {
  let q = 0;
  return tokens.map((t) => {
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= t.start) q++;
    const quote = quotes[q];
    return quote !== undefined && quote.start <= t.start && t.end <= quote.end;
  });
}

// How many words since the last quotation closed in this sentence ("“…,” said X": X is 2).
function wordsAfterQuote(tokens: Token[], quoted: boolean[]): string[] {
  let last = -1;
  return tokens.map((t, i) => {
    if (i > 0 && tokens[i - 1]?.sentence !== t.sentence) last = -1;
    if (quoted[i]) {
      last = i;
      return "in";
    }
    return last < 0 ? "none" : bucket(i - last);
  });
}

/** Static features of every token: string lists, one per token, in token order. */
export function describeTokens(tokens: Token[], cueLemmas: ReadonlySet<string>, quotes: QuoteSpan[]): string[][] {
  const quoted = quotedTokens(tokens, quotes);
  const afterQuote = wordsAfterQuote(tokens, quoted);
  const isCue = tokens.map((t, i) => cueLemmas.has(t.lemma) && !quoted[i]);
  // Nearest cue word on each side within the sentence, as a distance in words (0: none).
  const left: number[] = new Array(tokens.length).fill(0);
  const right: number[] = new Array(tokens.length).fill(0);
  for (let i = 0, last = -1; i < tokens.length; i++) {
    if (i > 0 && tokens[i]?.sentence !== tokens[i - 1]?.sentence) last = -1;
    left[i] = last < 0 ? 0 : i - last;
    if (isCue[i]) last = i;
  }
  for (let i = tokens.length - 1, next = -1; i >= 0; i--) {
    if (i < tokens.length - 1 && tokens[i]?.sentence !== tokens[i + 1]?.sentence) next = -1;
    right[i] = next < 0 ? 0 : next - i;
    if (isCue[i]) next = i;
  }
  const sentenceStart: number[] = [];
  const sentenceHasQuote = new Map<number, boolean>();
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    sentenceStart.push(prev && prev.sentence === t.sentence ? (sentenceStart[i - 1] ?? i) : i);
    if (quoted[i]) sentenceHasQuote.set(t.sentence, true);
  });
  const word = (i: number) => {
    const t = tokens[i];
    if (!t) return "<none>";
    return t.value.toLowerCase();
  };
  const pos = (i: number) => tokens[i]?.pos ?? "<none>";
  return tokens.map((t, i) => {
    const inSentence = i - (sentenceStart[i] ?? i);
    const prevSame = tokens[i - 1]?.sentence === t.sentence;
    const nextSame = tokens[i + 1]?.sentence === t.sentence;
    const l = bucket(left[i] ?? 0);
    const r = bucket(right[i] ?? 0);
    const q = quoted[i] ? "q" : "n";
    return [
      "b",
      `w=${word(i)}`,
      `l=${t.lemma}`,
      `p=${t.pos}`,
      `s=${shapeOf(t.value)}`,
      `w-1=${prevSame ? word(i - 1) : "<s>"}`,
      `w+1=${nextSame ? word(i + 1) : "</s>"}`,
      `w-2=${word(i - 2)}`,
      `w+2=${word(i + 2)}`,
      `p-1=${pos(i - 1)}`,
      `p+1=${pos(i + 1)}`,
      `p-1p=${pos(i - 1)}|${t.pos}`,
      `pp+1=${t.pos}|${pos(i + 1)}`,
      `p-2p-1=${pos(i - 2)}|${pos(i - 1)}`,
      `p+1p+2=${pos(i + 1)}|${pos(i + 2)}`,
      `q=${q}`,
      `qp=${q}|${t.pos}`,
      `cue=${isCue[i] ? 1 : 0}|${t.pos}`,
      `cue-1=${isCue[i - 1] ? 1 : 0}`,
      `cue+1=${isCue[i + 1] ? 1 : 0}`,
      `cl=${l}`,
      `cr=${r}`,
      `clr=${l}|${r}`,
      `clp=${l}|${t.pos}`,
      `crp=${r}|${t.pos}`,
      `clq=${l}|${q}`,
      `crq=${r}|${q}`,
      `at=${Math.min(inSentence, 6)}`,
      `first=${inSentence === 0 ? 1 : 0}|${t.paragraph === tokens[i - 1]?.paragraph ? 0 : 1}`,
      `sq=${sentenceHasQuote.get(t.sentence) ? 1 : 0}|${q}`,
      `last=${nextSame ? 0 : 1}`,
      `aq=${afterQuote[i]}|${t.pos}`,
      `s-1s=${prevSame ? shapeOf(tokens[i - 1]?.value ?? "") : "<s>"}|${shapeOf(t.value)}`,
      // Lemma pairs: "stand by", "come out against", "call for" are cues only together.
      `l-1l=${prevSame ? tokens[i - 1]?.lemma : "<s>"}|${t.lemma}`,
      `ll+1=${t.lemma}|${nextSame ? tokens[i + 1]?.lemma : "</s>"}`,
    ];
  });
}
