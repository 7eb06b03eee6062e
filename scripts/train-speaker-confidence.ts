// `npm run train:speaker-confidence`: learns the speaker-confidence model from the PolNeAR train
// split and writes lib/extraction/speaker-confidence-model.json. Each attributed suggestion that
// the scorer's matching pairs with a gold attribution is one example; its label is whether the
// speaker is the right person (the official rule, or the same person under another of their
// names as the article links them: scripts/extraction/score-any-name.ts). Logistic regression,
// full-batch Adam with a fixed step count: the same inputs give the same file.
// `-- --split dev` trains nothing: it prints what each threshold gives on dev with the committed
// model (a report, never a choice). Minutes on one core; most of it is running the extractor.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { indexPeople } from "@/lib/extraction/speaker-candidates";
import { askUncertainSpeakers, scoreSpeakerFeatures } from "@/lib/extraction/speaker-confidence";
import { describeSpeakerEvidence, indexArticle } from "@/lib/extraction/speaker-evidence";
import { isRelayedByOutlet } from "@/lib/extraction/speaker-route";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { type PolnearArticle, readPolnearSplit } from "./extraction/read-polnear";
import { judgeSpeakers } from "./extraction/score-any-name";
import { findSharedDir, repoRoot } from "./extraction/shared-dir";

const MIN_FEATURE_COUNT = 5;
const STEPS = 800;
const RATE = 0.02;
const L2 = 1e-3;
const THRESHOLDS = [0, 0.3, 0.4, 0.5, 0.6, 0.7];

const splitFlag = process.argv.indexOf("--split");
const split = splitFlag >= 0 ? process.argv[splitFlag + 1] : "train";
if (split !== "dev" && split !== "train") throw new Error(`--split must be train or dev, not ${split}`);
const shared = findSharedDir();
if (!shared) throw new Error("shared folder not found: run beside ../shared or set CLAIMTRAIL_SHARED_DIR");
const started = performance.now();
const articles = readPolnearSplit(path.join(shared, "corpora/polnear", split));
// CLAIMS_CACHE=FILE keeps the extractor's output between runs while features are tried; it must
// be removed whenever the extractor changes. Claims read back from it carry no speaker route
// (speaker-route.ts keeps those beside the objects extracted), so never commit a model fitted so.
const cache = process.env.CLAIMS_CACHE ? `${process.env.CLAIMS_CACHE}.${split}.json` : null;
const raw: SuggestedClaim[][] =
  cache && existsSync(cache)
    ? JSON.parse(readFileSync(cache, "utf8"))
    : articles.map((a) => extractClaims(a.text, { everySpeaker: true }));
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(raw));
console.log(
  `${split}: ${articles.length} articles extracted in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

type Example = { features: string[]; right: boolean };
const examples: Example[] = [];
articles.forEach((article, i) => {
  const claims = raw[i] as SuggestedClaim[];
  const judged = judgeSpeakers(article, claims);
  const index = indexArticle(article.text, indexPeople(article.text));
  claims.forEach((claim, k) => {
    // A person an outlet cites is no example: PolNeAR gives their words to the outlet, a
    // convention this project does not follow (speaker-route.ts).
    if (!claim.speaker || !judged[k]?.matched || isRelayedByOutlet(claim)) return;
    const { features } = describeSpeakerEvidence(index, claim, claims[k - 1] ?? null);
    examples.push({ features, right: Boolean(judged[k]?.rightAnyName) });
  });
});
const rightShare = examples.filter((e) => e.right).length / examples.length;
console.log(`${examples.length} matched suggestions, ${(rightShare * 100).toFixed(1)} % with the right person`);

let score: (features: readonly string[]) => number = scoreSpeakerFeatures;
if (split === "train") {
  crossValidate(examples);
  const weights = train(examples);
  const file = path.join(repoRoot, "lib/extraction/speaker-confidence-model.json");
  const model = { trainedOn: "PolNeAR train", examples: examples.length, weights };
  writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`${Object.keys(weights).length} features written to ${path.relative(repoRoot, file)}`);
  score = (features) => scoreWith(weights, features);
  const loss = examples.reduce((sum, e) => sum - Math.log(e.right ? score(e.features) : 1 - score(e.features)), 0);
  console.log(
    `log loss on train ${(loss / examples.length).toFixed(4)} (one constant for all: ${constantLoss(rightShare).toFixed(4)})`,
  );
}
if (!process.argv.includes("--no-report")) report(articles, raw, score);
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s in all`);

/** Logistic regression over the features seen MIN_FEATURE_COUNT times; weights to 4 decimals. */
function train(list: Example[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of list) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([f]) => f);
  kept.sort();
  const id = new Map(kept.map((f, i) => [f, i]));
  const rows = list.map((e) => ({
    x: e.features.flatMap((f) => (id.has(f) ? [id.get(f) as number] : [])),
    y: e.right ? 1 : 0,
  }));
  // Full-batch Adam: every step sees all examples, so the result does not depend on an order.
  const w = new Float64Array(kept.length);
  const g = new Float64Array(kept.length);
  const m = new Float64Array(kept.length);
  const v = new Float64Array(kept.length);
  for (let step = 1; step <= STEPS; step++) {
    g.fill(0);
    for (const { x, y } of rows) {
      let z = 0;
      for (const j of x) z += w[j] as number;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (const j of x) g[j] = (g[j] as number) + err;
    }
    for (let j = 0; j < w.length; j++) {
      const grad = (g[j] as number) / rows.length + L2 * (w[j] as number);
      m[j] = 0.9 * (m[j] as number) + 0.1 * grad;
      v[j] = 0.999 * (v[j] as number) + 0.001 * grad * grad;
      const mHat = (m[j] as number) / (1 - 0.9 ** step);
      const vHat = (v[j] as number) / (1 - 0.999 ** step);
      w[j] = (w[j] as number) - RATE * (mHat / (Math.sqrt(vHat) + 1e-8));
    }
  }
  return Object.fromEntries(kept.map((f, j) => [f, Math.round((w[j] as number) * 10_000) / 10_000]));
}

/**
 * Five folds by article order (every fifth example would share articles across folds): what the
 * model says of suggestions it was not trained on, at each threshold. The honest estimate on train.
 */
function crossValidate(list: Example[]): void {
  const folds = 5;
  const size = Math.ceil(list.length / folds);
  const held: Array<{ p: number; right: boolean }> = [];
  for (let k = 0; k < folds; k++) {
    const test = list.slice(k * size, (k + 1) * size);
    const weights = train([...list.slice(0, k * size), ...list.slice((k + 1) * size)]);
    for (const e of test) held.push({ p: scoreWith(weights, e.features), right: e.right });
  }
  const loss = held.reduce((sum, h) => sum - Math.log(h.right ? h.p : 1 - h.p), 0) / held.length;
  console.log(`five-fold on train: log loss ${loss.toFixed(4)} on suggestions not trained on`);
  for (const t of THRESHOLDS.slice(1)) {
    const asked = held.filter((h) => h.p < t);
    const right = asked.filter((h) => h.right).length;
    const wrongKept = held.filter((h) => h.p >= t && !h.right).length;
    console.log(
      `  below ${t.toFixed(2)}: ${asked.length} matched suggestions asked, ${right} of them right; ${wrongKept} wrong ones still stated`,
    );
  }
}

function scoreWith(weights: Record<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
function constantLoss(p: number): number {
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

/** What each threshold gives: suggestions asked, how many of them were right, attribution F1. */
function report(list: PolnearArticle[], claims: SuggestedClaim[][], scoreOf: (f: readonly string[]) => number): void {
  const gold = list.reduce((n, a) => n + a.attributions.length, 0);
  console.log(`${split}, ${gold} gold attributions (official rule recomputed; "right" in asked: the right person)`);
  console.log("threshold | asked | asked, matched | of those right | predicted | right | attr. P | attr. R | attr. F1");
  for (const askBelow of THRESHOLDS) {
    let asked = 0;
    let askedMatched = 0;
    let askedRight = 0;
    let predicted = 0;
    let right = 0;
    list.forEach((article, i) => {
      const before = claims[i] as SuggestedClaim[];
      const judgedBefore = judgeSpeakers(article, before);
      const after = askUncertainSpeakers(article.text, before, { askBelow, score: scoreOf });
      after.forEach((c, k) => {
        if (!before[k]?.speaker || c.speaker) return;
        asked++;
        if (judgedBefore[k]?.matched) askedMatched++;
        if (judgedBefore[k]?.rightAnyName) askedRight++;
      });
      predicted += after.filter((c) => c.speaker).length;
      right += judgeSpeakers(article, after).filter((j) => j.right).length;
    });
    const p = right / predicted;
    const r = right / gold;
    const f1 = (2 * p * r) / (p + r);
    console.log(
      `${askBelow.toFixed(2)} | ${asked} | ${askedMatched} | ${askedRight} | ${predicted} | ${right} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)}`,
    );
  }
}
