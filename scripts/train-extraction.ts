// `npm run train:extraction`: learns the attribution labeller's weights from the PolNeAR train
// split and writes lib/extraction/attribution-model.json. Reproducible: fixed seed, fixed epoch
// count, articles in name order before each seeded shuffle. Minutes on two cores.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describeTokens } from "@/lib/extraction/attribution-features";
import { allowedAfter, historyFeatures, TAGS, type Tag, type TaggerModel } from "@/lib/extraction/attribution-tagger";
import { findQuotes } from "@/lib/extraction/find-quotes";
import { type Token, tokenizeText } from "@/lib/extraction/tokenize-text";
import { goldTags } from "./extraction/gold-tags";
import { readPolnearSplit } from "./extraction/read-polnear";
import { findSharedDir, repoRoot } from "./extraction/shared-dir";

const EPOCHS = Number(process.env.EPOCHS ?? 12);
const SEED = 20180507;
// A cue lemma: at least this often inside a gold cue, and in at least this share of its uses.
const CUE_MIN_COUNT = 3;
const CUE_MIN_SHARE = 0.15;
// Features seen fewer times than this in training are dropped from the stored model; lemma
// pairs, ten times as many, need more (2.3 MB stored; at 5 the file would be 3.4 MB).
const MIN_FEATURE_COUNT = 5;
const MIN_PAIR_COUNT = 15;
const isPair = (f: string) => f.startsWith("l-1l=") || f.startsWith("ll+1=");
// The features of the tags before a word (historyFeatures: t-1=…, t-2t-1=…) are interned as
// training meets them, after the uses are counted: they are kept whatever their count.
const isHistory = (f: string) => f.startsWith("t-");
const SCALE = 20;
const N = TAGS.length;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shared = findSharedDir();
if (!shared) throw new Error("shared folder not found: run beside ../shared or set CLAIMTRAIL_SHARED_DIR");
const started = performance.now();
// HOLD_OUT_EVERY=3 leaves every third article (in name order, the first included) out of
// training, to be measured with `npm run list:unmatched -- --split train --every 3`; the model
// file is written as usual, so restore it afterwards (git checkout lib/extraction/attribution-model.json).
const HOLD_OUT_EVERY = Number(process.env.HOLD_OUT_EVERY ?? 0);
const articles = readPolnearSplit(path.join(shared, "corpora/polnear/train")).filter(
  (_, i) => !(HOLD_OUT_EVERY > 1 && i % HOLD_OUT_EVERY === 0),
);
const docs = articles.map((a) => {
  const tokens = tokenizeText(a.text);
  return { tokens, tags: goldTags(tokens, a.attributions), quotes: findQuotes(a.text) };
});
console.log(`${articles.length} articles, ${docs.reduce((n, d) => n + d.tokens.length, 0)} tokens tokenised`);

// The cue lexicon: lemmas that gold cues are made of, outside quotations.
const cueCount = new Map<string, number>();
const allCount = new Map<string, number>();
for (const { tokens, tags } of docs) {
  tokens.forEach((t, i) => {
    allCount.set(t.lemma, (allCount.get(t.lemma) ?? 0) + 1);
    if (tags[i]?.endsWith("C") && /\p{L}/u.test(t.lemma)) cueCount.set(t.lemma, (cueCount.get(t.lemma) ?? 0) + 1);
  });
}
const cueLemmas = [...cueCount]
  .filter(([lemma, n]) => n >= CUE_MIN_COUNT && n / (allCount.get(lemma) ?? n) >= CUE_MIN_SHARE)
  .map(([lemma]) => lemma)
  .sort();
const cueSet = new Set(cueLemmas);
console.log(`${cueLemmas.length} cue lemmas`);

// Features interned to numbers once; the history features are interned as they appear.
const ids = new Map<string, number>();
const seen: number[] = [];
const intern = (f: string) => {
  let id = ids.get(f);
  if (id === undefined) {
    id = ids.size;
    ids.set(f, id);
    seen.push(0);
  }
  return id;
};
type Sequence = { features: string[][]; ids: Int32Array[]; tags: Tag[]; tokens: Token[] };
const sequences: Sequence[] = docs.map(({ tokens, tags, quotes }) => {
  const features = describeTokens(tokens, cueSet, quotes);
  return {
    features,
    ids: features.map((fs) => Int32Array.from(fs, (f) => intern(f))),
    tags,
    tokens,
  };
});
for (const s of sequences) for (const row of s.ids) for (const id of row) seen[id] = (seen[id] ?? 0) + 1;

let capacity = 1 << 20;
let weights = new Float64Array(capacity * N);
let totals = new Float64Array(capacity * N);
let stamps = new Float64Array(capacity * N);
const grow = (need: number) => {
  if (need < capacity) return;
  while (capacity <= need) capacity *= 2;
  const copy = (a: Float64Array) => {
    const b = new Float64Array(capacity * N);
    b.set(a);
    return b;
  };
  weights = copy(weights);
  totals = copy(totals);
  stamps = copy(stamps);
};
let clock = 1;
const update = (feats: number[], tag: number, delta: number) => {
  for (const f of feats) {
    const k = f * N + tag;
    totals[k] = (totals[k] ?? 0) + (clock - (stamps[k] ?? 0)) * (weights[k] ?? 0);
    stamps[k] = clock;
    weights[k] = (weights[k] ?? 0) + delta;
  }
};

const random = mulberry32(SEED);
const order = sequences.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  let right = 0;
  let total = 0;
  for (const index of order) {
    const s = sequences[index] as Sequence;
    const predicted: Tag[] = [];
    s.tokens.forEach((t, i) => {
      const fresh = i === 0 || s.tokens[i - 1]?.paragraph !== t.paragraph;
      const prev: Tag = fresh ? "O" : (predicted[i - 1] ?? "O");
      const prev2: Tag = fresh || s.tokens[i - 2]?.paragraph !== t.paragraph ? "O" : (predicted[i - 2] ?? "O");
      const feats = [...(s.ids[i] ?? []), ...historyFeatures(prev2, prev, s.features[i] ?? []).map(intern)];
      grow(ids.size);
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < N; k++) {
        if (!allowedAfter(prev, TAGS[k] as Tag)) continue;
        let score = 0;
        for (const f of feats) score += weights[f * N + k] ?? 0;
        if (score > bestScore) {
          bestScore = score;
          best = k;
        }
      }
      // After a wrong turn an inside tag may be out of reach: its kind's beginning is then right.
      const wanted = s.tags[i] ?? "O";
      const gold = TAGS.indexOf(allowedAfter(prev, wanted) ? wanted : (`B-${wanted.slice(2)}` as Tag));
      if (best !== gold) {
        update(feats, gold, 1);
        update(feats, best, -1);
      } else right++;
      total++;
      clock++;
      predicted.push(TAGS[best] as Tag);
    });
  }
  console.log(`epoch ${epoch}: ${((100 * right) / total).toFixed(2)}% of tokens tagged right while training`);
}

const stored: Record<string, number[]> = {};
for (const [f, id] of [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!isHistory(f) && (seen[id] ?? 0) < (isPair(f) ? MIN_PAIR_COUNT : MIN_FEATURE_COUNT)) continue;
  const row: number[] = [];
  for (let k = 0; k < N; k++) {
    const i = id * N + k;
    const total = (totals[i] ?? 0) + (clock - (stamps[i] ?? 0)) * (weights[i] ?? 0);
    row.push(Math.round((total / clock) * SCALE));
  }
  if (row.some((w) => w !== 0)) stored[f] = row;
}
const model: TaggerModel = { scale: SCALE, cueLemmas, weights: stored };
const out = path.join(repoRoot, "lib/extraction/attribution-model.json");
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  `${Object.keys(stored).length} of ${ids.size} features kept; wrote ${path.relative(repoRoot, out)} ` +
    `in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
