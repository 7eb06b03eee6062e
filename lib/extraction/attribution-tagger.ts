// The attribution labeller: an averaged perceptron that tags each word of a paragraph as part of
// a source (S), a cue (C), a content (T) or none (O), in BIO form, left to right, each decision
// seeing the two tags before it. Weights are learned by scripts/train-extraction.ts from the
// PolNeAR train split (docs/EXTRACTION.md); this module only applies them.
import type { Token } from "./tokenize-text.ts";

export const TAGS = ["O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T"] as const;
export type Tag = (typeof TAGS)[number];

export type TaggerModel = {
  // Weights are stored as integers; the score of a tag is their sum divided by `scale`.
  scale: number;
  cueLemmas: string[];
  weights: Record<string, number[]>;
};

/** An inside tag only continues its own kind: "I-T" after "B-T" or "I-T". */
export function allowedAfter(previous: Tag, tag: Tag): boolean {
  if (!tag.startsWith("I-")) return true;
  return previous.slice(2) === tag.slice(2) && previous !== "O";
}

/** Features that depend on the tags already given to the words before. */
export function historyFeatures(prev2: Tag, prev: Tag, own: string[]): string[] {
  // own[3] is the part of speech, own[15] the quotation state, own[16] both, own[20] the cue
  // distance to the left.
  return [
    `t-1=${prev}`,
    `t-2t-1=${prev2}|${prev}`,
    `t-2t-1p=${prev2}|${prev}|${own[3]}`,
    `t-1p=${prev}|${own[3]}`,
    `t-1q=${prev}|${own[15]}`,
    `t-1cl=${prev}|${own[20]}`,
    `t-1qp=${prev}|${own[16]}`,
  ];
}

/** Tags for every token; a paragraph starts afresh. `features` comes from describeTokens. */
export function tagTokens(model: TaggerModel, tokens: Token[], features: string[][]): Tag[] {
  const tags: Tag[] = [];
  const scores = new Float64Array(TAGS.length);
  for (let i = 0; i < tokens.length; i++) {
    const fresh = i === 0 || tokens[i - 1]?.paragraph !== tokens[i]?.paragraph;
    const prev: Tag = fresh ? "O" : (tags[i - 1] ?? "O");
    const prev2: Tag = fresh || tokens[i - 2]?.paragraph !== tokens[i]?.paragraph ? "O" : (tags[i - 2] ?? "O");
    const own = features[i] ?? [];
    scores.fill(0);
    for (const f of [...own, ...historyFeatures(prev2, prev, own)]) {
      const w = model.weights[f];
      if (!w) continue;
      for (let k = 0; k < TAGS.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
    }
    let best = 0;
    for (let k = 1; k < TAGS.length; k++) {
      if (!allowedAfter(prev, TAGS[k] as Tag)) continue;
      if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
    }
    tags.push(TAGS[best] as Tag);
  }
  return tags;
}
