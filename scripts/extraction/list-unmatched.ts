// Lists the suggestions with a speaker that the scorer's matching pairs with no gold attribution
// (each one costs attribution precision), sorted into kinds, with the sentence around each, for
// reading errors on a PolNeAR split (train, by default: rules are found there, dev only
// confirms). Prints corpus text to the terminal only; nothing of it is written into the
// repository. The matching is the official scorer's, re-run by score-any-name.ts.
//
//   npm run list:unmatched -- [--split train|dev] [--every N] [--list KIND] [--limit N]
//
// Kinds of an unmatched suggestion:
// - "piece": it overlaps a gold content that another suggestion matched (a split attribution);
// - "short overlap": it overlaps a gold content no suggestion matched, by less than half of
//   the shorter (a span boundary off);
// - "no gold": it overlaps no gold content at all (an attribution PolNeAR does not annotate,
//   or no attribution at all), sub-sorted by claim kind and by the cue's first word.
import path from "node:path";
import { extractClaims } from "@/lib/extraction/extract-claims";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { type PolnearArticle, readPolnearSplit } from "./read-polnear";
import { judgeSpeakers } from "./score-any-name";
import { findSharedDir } from "./shared-dir";

type Kind = "piece" | "short overlap" | "no gold";
type Listed = { article: string; claim: SuggestedClaim; kind: Kind; sub: string; context: string };

const arg = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const split = arg("--split") ?? "train";
const every = Number(arg("--every") ?? 1);
const listKind = arg("--list");
const limit = Number(arg("--limit") ?? 60);

const overlap = (s: number, e: number, ranges: Array<[number, number]>) =>
  ranges.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);

// The claim with some words either side, on one line, the claim between ⟦ ⟧.
function contextOf(text: string, c: SuggestedClaim): string {
  const from = Math.max(0, text.lastIndexOf("\n", c.start - 1) + 1, c.start - 160);
  const nl = text.indexOf("\n", c.end);
  const to = Math.min(nl < 0 ? text.length : nl, c.end + 120);
  return `${text.slice(from, c.start)}⟦${text.slice(c.start, c.end)}⟧${text.slice(c.end, to)}`.replace(/\s+/g, " ");
}

function listArticle(article: PolnearArticle, claims: SuggestedClaim[]): Listed[] {
  const judged = judgeSpeakers(article, claims);
  const matchedGold = new Set<number>();
  // Which gold attributions the matched claims cover: the best-overlapping one per matched claim.
  claims.forEach((c, i) => {
    if (!judged[i]?.matched) return;
    let best = -1;
    let bestOverlap = 0;
    article.attributions.forEach((g, gi) => {
      const o = overlap(c.start, c.end, g.content);
      if (o > bestOverlap && !matchedGold.has(gi)) [best, bestOverlap] = [gi, o];
    });
    if (best >= 0) matchedGold.add(best);
  });
  const out: Listed[] = [];
  claims.forEach((c, i) => {
    if (!c.speaker || judged[i]?.matched) return;
    const touched = article.attributions.flatMap((g, gi) => (overlap(c.start, c.end, g.content) > 0 ? [gi] : []));
    const kind: Kind =
      touched.length === 0 ? "no gold" : touched.some((gi) => matchedGold.has(gi)) ? "piece" : "short overlap";
    const cueWord = (c.cue ?? "").split(/\s+/)[0]?.toLowerCase() ?? "";
    out.push({
      article: article.name,
      claim: c,
      kind,
      sub: `${c.kind} / ${cueWord}`,
      context: contextOf(article.text, c),
    });
  });
  return out;
}

const shared = findSharedDir();
if (!shared) throw new Error("shared folder not found (../shared or CLAIMTRAIL_SHARED_DIR)");
const articles = readPolnearSplit(path.join(shared, "corpora/polnear", split)).filter((_, i) => i % every === 0);
let predicted = 0;
let right = 0;
let gold = 0;
const listed: Listed[] = [];
for (const article of articles) {
  const claims = extractClaims(article.text);
  const judged = judgeSpeakers(article, claims);
  predicted += claims.filter((c) => c.speaker).length;
  right += judged.filter((j) => j.right && j.matched).length;
  gold += article.attributions.length;
  listed.push(...listArticle(article, claims));
}
const p = right / predicted;
const r = right / gold;
console.log(
  `${split}, ${articles.length} articles: ${gold} gold, ${predicted} predicted with a speaker, ${right} right; ` +
    `attribution P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}; ${listed.length} unmatched`,
);
const count = (key: (l: Listed) => string) => {
  const m = new Map<string, number>();
  for (const l of listed) m.set(key(l), (m.get(key(l)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
for (const [kind, n] of count((l) => l.kind)) console.log(`  ${kind}: ${n}`);
console.log("no gold, by claim kind / cue's first word:");
for (const [sub, n] of count((l) => (l.kind === "no gold" ? l.sub : ""))
  .filter(([s]) => s)
  .slice(0, 25))
  console.log(`  ${sub}: ${n}`);
if (listKind) {
  for (const l of listed.filter((x) => x.kind === listKind || x.sub === listKind).slice(0, limit)) {
    console.log(
      `\n[${l.article}] ${l.sub} speaker=${JSON.stringify(l.claim.speaker)} cue=${JSON.stringify(l.claim.cue)}`,
    );
    console.log(`  ${l.context}`);
  }
}
