// Lists the gold attributions of a PolNeAR split that no suggestion with a speaker matches (the
// scorer's rule: overlap of half the shorter, greedy by overlap), with their sentence, what the
// labeller tagged there and what the extractor suggested, and counts them by kind. For finding
// recall errors on the train split; it prints corpus text, so its output stays out of the
// repository. Usage: npm run missed:extraction -- [train|dev] [every-nth] [OUT.txt]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describeTokens } from "@/lib/extraction/attribution-features";
import modelData from "@/lib/extraction/attribution-model.json" with { type: "json" };
import { type TaggerModel, tagTokens } from "@/lib/extraction/attribution-tagger";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { findQuotes } from "@/lib/extraction/find-quotes";
import { tokenizeText } from "@/lib/extraction/tokenize-text";
import { readPolnearSplit } from "./read-polnear";
import { judgeSpeakers } from "./score-any-name";
import { findSharedDir } from "./shared-dir";

const split = process.argv[2] ?? "train";
const every = Number(process.argv[3] ?? 1);
const out = process.argv[4] ?? `/tmp/missed-${split}.txt`;
const shared = findSharedDir();
if (!shared) throw new Error("shared folder not found");
const model = modelData as TaggerModel;
const cueLemmas = new Set(model.cueLemmas);
const articles = readPolnearSplit(path.join(shared, "corpora/polnear", split)).filter((_, i) => i % every === 0);

const kinds = new Map<string, number>();
const cueWords = new Map<string, number>();
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const lines: string[] = [];
let gold = 0;
let predicted = 0;
let matched = 0;
let right = 0;
for (const article of articles) {
  const { text } = article;
  const claims = extractClaims(text);
  const judged = judgeSpeakers(article, claims);
  predicted += claims.filter((c) => c.speaker).length;
  const tokens = tokenizeText(text);
  const tags = tagTokens(model, tokens, describeTokens(tokens, cueLemmas, findQuotes(text)));
  const tagAt = (s: number, e: number) =>
    tokens
      .map((t, i) => (t.start < e && s < t.end ? `${t.value}/${(tags[i] ?? "O").replace(/^[BI]-/, "")}` : ""))
      .filter(Boolean)
      .join(" ");
  // Which gold attributions were matched: re-run the greedy matching from the claims' side.
  const speakerClaims = claims.filter((c) => c.speaker);
  const usedGold = new Set<number>();
  const pairs: Array<{ pi: number; gi: number; overlap: number }> = [];
  speakerClaims.forEach((p, pi) => {
    article.attributions.forEach((g, gi) => {
      const length = g.content.reduce((n, [s, e]) => n + (e - s), 0);
      const overlap = g.content.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, p.end) - Math.max(s, p.start)), 0);
      if (overlap > 0 && overlap >= Math.min(p.end - p.start, length) / 2) pairs.push({ pi, gi, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedP = new Set<number>();
  for (const { pi, gi } of pairs) {
    if (usedP.has(pi) || usedGold.has(gi)) continue;
    usedP.add(pi);
    usedGold.add(gi);
  }
  gold += article.attributions.length;
  matched += judged.filter((j) => j.matched).length;
  right += judged.filter((j) => j.right).length;
  article.attributions.forEach((g, gi) => {
    if (usedGold.has(gi)) return;
    const cs = g.content[0]?.[0] ?? 0;
    const ce = g.content[g.content.length - 1]?.[1] ?? cs;
    const cueText = g.cue.map(([s, e]) => text.slice(s, e)).join(" … ");
    const sourceText = g.source.map(([s, e]) => text.slice(s, e)).join(" … ");
    const near = claims.filter((c) => c.start < ce && cs < c.end);
    const withSpeaker = near.filter((c) => c.speaker);
    const contentTags = tagAt(cs, ce);
    const tagKinds = new Set(contentTags.split(" ").map((w) => w.split("/").pop()));
    const cueTags = g.cue.map(([s, e]) => tagAt(s, e)).join(" ");
    let kind: string;
    const inside = withSpeaker.some((c) => c.start <= cs && ce <= c.end);
    const sameCue = withSpeaker.some((c) => c.cue && g.cue.some(([s, e]) => c.cue?.includes(text.slice(s, e))));
    if (withSpeaker.length > 0)
      kind = `${inside ? "inside" : "partly over"} a claim with a speaker${sameCue ? ", same cue" : ", other cue"}`;
    else if (near.some((c) => c.kind !== "unattributed_fact")) kind = "claim asked of the editor";
    else if (near.length === 0) kind = "no suggestion";
    else if (!tagKinds.has("T")) kind = "fact; labeller tagged no content";
    else if (!/\/C\b/.test(cueTags)) kind = "fact; content tagged, gold cue untagged";
    else kind = "fact; content and cue tagged, left out";
    count(kinds, kind);
    count(cueWords, cueText.toLowerCase().replace(/\s+/g, " "));
    const sentenceStart = Math.max(text.lastIndexOf("\n", Math.min(cs, g.cue[0]?.[0] ?? cs)) + 1, 0);
    lines.push(
      [
        `## ${article.name} [${kind}]`,
        `gold: source=«${sourceText}» cue=«${cueText}» content=«${text.slice(cs, ce).slice(0, 300)}»`,
        `para: ${text
          .slice(sentenceStart, Math.min(text.length, ce + 80))
          .replace(/\n/g, " ")
          .slice(0, 700)}`,
        `tags cue: ${cueTags}`,
        `tags content: ${contentTags.slice(0, 400)}`,
        ...near.map(
          (c) =>
            `near: ${c.kind} speaker=${c.speaker ?? "-"} cue=«${c.cue ?? ""}» [${c.start},${c.end}) «${c.text.slice(0, 120)}»`,
        ),
      ].join("\n"),
    );
  });
}
writeFileSync(out, `${lines.join("\n\n")}\n`);
const p = right / predicted;
const r = right / gold;
console.log(
  `${articles.length} articles: ${gold} gold, ${predicted} predicted, ${matched} matched, ${right} right, attribution F1 ${((2 * p * r) / (p + r)).toFixed(4)}`,
);
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
console.log("most missed cues:");
for (const [k, n] of [...cueWords].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${n}\t${k}`);
console.log(`details: ${out}`);
