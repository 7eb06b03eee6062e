// `npm run eval:extraction`: scores the extractor, in one run, on the PolNeAR dev split, the seed
// article and the test-suite fixtures, with the shared scorers (docs/EXTRACTION.md). Prints the
// figures; CI does not gate on them (the unit tests keep their own floors). `-- --split train`
// scores the train split instead of dev, for tuning rules without looking at dev.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readArticleBody } from "@/lib/extraction/article-body";
import { extractClaims } from "@/lib/extraction/extract-claims";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { readPolnearSplit } from "./extraction/read-polnear";
import { countAnyName } from "./extraction/score-any-name";
import { findSharedDir, repoRoot } from "./extraction/shared-dir";

type Scores = Record<string, number>;

function runScorer(args: string[]): Scores {
  const out = execFileSync(process.execPath, [...args, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Scores;
}

const f = (x: number | undefined) => (x ?? 0).toFixed(3);

function scorePolnear(shared: string, work: string, split: string): void {
  const corpus = path.join(shared, "corpora/polnear", split);
  const textDir = path.join(corpus, "text");
  const predDir = path.join(work, `polnear-${split}`);
  mkdirSync(predDir);
  const started = performance.now();
  const names = readdirSync(textDir).filter((name) => name.endsWith(".txt"));
  const predicted = new Map<string, SuggestedClaim[]>();
  for (const name of names) {
    // PolNeAR texts have no URL/TITLE header: the scorer indexes the file as read.
    const claims = extractClaims(readFileSync(path.join(textDir, name), "utf8"));
    predicted.set(name.replace(/\.txt$/, ""), claims);
    writeFileSync(path.join(predDir, name.replace(/\.txt$/, ".json")), JSON.stringify({ claims }));
  }
  const seconds = (performance.now() - started) / 1000;
  const s = runScorer([
    path.join(shared, "tools/score-polnear.mjs"),
    "--dir",
    textDir,
    path.join(corpus, "attributions"),
    predDir,
  ]);
  console.log(
    `PolNeAR ${split} (${s.articles} articles, ${s.gold} gold attributions, ${s.predicted} predicted, ${seconds.toFixed(1)} s): ` +
      `span_f1=${f(s.span_f1)} attribution_f1=${f(s.attribution_f1)} precision=${f(s.span_precision)} ` +
      `recall=${f(s.span_recall)} speaker_acc=${f(s.speaker_acc)} ` +
      `(attribution P ${f(s.attribution_precision)} R ${f(s.attribution_recall)})`,
  );
  // Our own figure, not the scorer's: the same person under another of their names counts.
  const any = { matched: 0, right: 0, rightAnyName: 0 };
  for (const article of readPolnearSplit(corpus)) {
    const c = countAnyName(article, predicted.get(article.name) ?? []);
    any.matched += c.matched;
    any.right += c.right;
    any.rightAnyName += c.rightAnyName;
  }
  const p = any.rightAnyName / (s.predicted ?? 1);
  const r = any.rightAnyName / (s.gold ?? 1);
  console.log(
    `  own figure, same person under any of their names in the article (not the official scorer): ` +
      `speaker_acc=${f(any.rightAnyName / any.matched)} attribution_f1=${f((2 * p * r) / (p + r))} ` +
      `(official rule recomputed: ${any.right} of ${any.matched} matched spans right; any name: ${any.rightAnyName})`,
  );
}

function scoreAnnotated(shared: string, work: string, article: string, gold: string): Scores {
  const pred = path.join(work, `${path.basename(article, ".txt")}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(pred, JSON.stringify({ claims: extractClaims(readArticleBody(readFileSync(article, "utf8"))) }));
  return runScorer([path.join(shared, "tools/score-attribution.mjs"), article, gold, pred]);
}

const line = (s: Scores) =>
  `attribution_f1=${f(s.attribution_f1)} span_f1=${f(s.f1)} precision=${f(s.precision)} recall=${f(s.recall)} ` +
  `indirect_acc=${f(s.indirect_acc)} speaker_acc=${f(s.speaker_acc)} source_recall=${f(s.source_recall)}`;

const splitFlag = process.argv.indexOf("--split");
const split = splitFlag >= 0 ? process.argv[splitFlag + 1] : "dev";
if (split !== "dev" && split !== "train") throw new Error(`--split must be dev or train, not ${split}`);
const shared = findSharedDir();
const work = mkdtempSync(path.join(os.tmpdir(), "claimtrail-eval-"));
try {
  if (!shared) console.log("shared folder not found (../shared or CLAIMTRAIL_SHARED_DIR): PolNeAR and seed skipped");
  else {
    scorePolnear(shared, work, split);
    const seed = path.join(shared, "fixtures/seed");
    console.log(
      `seed: ${line(scoreAnnotated(shared, work, path.join(seed, "article.txt"), path.join(seed, "annotation.json")))}`,
    );
    const fixtures = path.join(repoRoot, "tests/fixtures/extraction");
    const names = readdirSync(fixtures)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => name.replace(/\.txt$/, ""))
      .sort();
    let sum = 0;
    for (const name of names) {
      const s = scoreAnnotated(shared, work, path.join(fixtures, `${name}.txt`), path.join(fixtures, `${name}.json`));
      sum += s.attribution_f1 ?? 0;
      console.log(`  fixture ${name.padEnd(22)} ${line(s)}`);
    }
    console.log(`fixtures (${names.length}): mean attribution_f1=${f(sum / names.length)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
