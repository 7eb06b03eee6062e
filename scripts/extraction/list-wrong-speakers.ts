// Lists the claims whose span matches a PolNeAR gold attribution but whose speaker the official
// rule counts wrong (score-polnear.mjs: containment of the gold source, or for a pronoun or a
// description, of the nearest proper-name source before it), sorted into kinds and counted, for
// choosing which speaker rule to work on. Reads the corpus at run time and prints its words to
// the terminal only; nothing of it is written into the repository.
//
//   npx tsx scripts/extraction/list-wrong-speakers.ts [--split train|dev] [--every N] [--kind KIND]
//     [--limit N] [--counts] [--shipped]
//
// --every N reads every Nth article in name order; --kind prints only that kind; --counts prints
// the counts only; --shipped leaves uncertain speakers asked of the editor, as the extractor
// ships (the default keeps every speaker, as the speaker rules read it).
import path from "node:path";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { speakerRouteOf } from "@/lib/extraction/speaker-route";
import { type GoldAttribution, type Ranges, readPolnearSplit } from "./read-polnear";
import { judgeSpeakers } from "./score-any-name";
import { findSharedDir } from "./shared-dir";

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const split = arg("--split") ?? "train";
const every = Number(arg("--every") ?? 1);
const onlyKind = arg("--kind");
const limit = Number(arg("--limit") ?? Number.POSITIVE_INFINITY);
const countsOnly = process.argv.includes("--counts");
const shipped = process.argv.includes("--shipped");

const textOf = (text: string, ranges: Ranges) => ranges.map(([s, e]) => text.slice(s, e)).join(" ");
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// The scorer's test for a pronoun or a description (score-polnear.mjs).
const isDescription = (t: string) =>
  /^(?:he|she|they|it|we|i|you|his|her|their|its|him|them|this|that|these|those|who|which)$/i.test(t) ||
  /^(?:the|a|an|this|that|his|her|their|its)\s/i.test(t) ||
  /^[a-z]/.test(t);
const surname = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .pop()
    ?.replace(/['’]s?$/, "")
    .toLowerCase() ?? "";

/**
 * The kind of a wrong speaker, by the gold source's form and the speaker given. `nearest` is the
 * scorer's nearest proper-name source before a pronoun or a description.
 */
function kindOf(goldSource: string, nearest: string, speaker: string, anyName: boolean, route: string): string {
  const g = goldSource.trim();
  if (!g) return "gold has no source";
  if (/^who$/i.test(speaker.trim())) return "who as speaker";
  if (/^(?:who|which|that)$/i.test(g)) return "gold relative pronoun";
  if (/^(?:he|she|him|her|his)$/i.test(g)) {
    if (nearest?.toLowerCase().split(/\W+/).includes(surname(speaker)))
      return "pronoun he/she, nearest source another form";
    return "pronoun he/she";
  }
  if (/^(?:it|they|we|i|you|its|their|them|this|these|those)$/i.test(g)) return "pronoun it/they/we";
  if (anyName) return "another form of the name";
  if (route === "frame:origin" || route === "frame:cited") return "cited by an outlet";
  if (/^(?:the|a|an|this|that|his|her|their|its)\s/i.test(g) || /^\p{Ll}/u.test(g)) return "description";
  if (/^\p{Ll}/u.test(speaker.trim())) return "fragment (lowercase speaker)";
  return "another named person";
}

const shared = findSharedDir();
if (!shared) throw new Error("shared folder not found (../shared or CLAIMTRAIL_SHARED_DIR)");
const articles = readPolnearSplit(path.join(shared, "corpora/polnear", split)).filter((_, i) => i % every === 0);
const counts = new Map<string, number>();
let matched = 0;
let right = 0;
let predicted = 0;
let printed = 0;
for (const article of articles) {
  const { text } = article;
  const claims = extractClaims(text, { everySpeaker: !shipped });
  predicted += claims.filter((c) => c.speaker).length;
  const judged = judgeSpeakers(article, claims);
  judged.forEach((j, i) => {
    if (!j.matched) return;
    matched++;
    if (j.right) {
      right++;
      return;
    }
    const claim = claims[i];
    const gold = article.attributions[j.gold as number] as GoldAttribution;
    if (!claim) return;
    const source = textOf(text, gold.source);
    const at = gold.source[0]?.[0] ?? claim.start;
    const nearest = isDescription(source.trim())
      ? (article.attributions
          .filter((a) => a.source.length > 0 && (a.source[0]?.[0] ?? 0) < at)
          .map((a) => ({ at: a.source[0]?.[0] ?? 0, text: textOf(text, a.source) }))
          .filter((s) => !isDescription(s.text.trim()))
          .sort((a, b) => a.at - b.at)
          .pop()?.text ?? "")
      : "";
    const route = speakerRouteOf(claim);
    const kind = kindOf(source, nearest, claim.speaker ?? "", j.rightAnyName, route);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (countsOnly || (onlyKind && kind !== onlyKind) || printed >= limit) return;
    printed++;
    const from = Math.max(text.lastIndexOf("\n", Math.min(at, claim.start) - 1) + 1, Math.min(at, claim.start) - 300);
    const to = Math.min(text.indexOf("\n", Math.max(at, claim.start)) >>> 0, Math.max(at, claim.start) + 300);
    console.log(
      `[${kind}] ${article.name} gold=${JSON.stringify(flat(source))}${nearest ? ` (nearest ${JSON.stringify(flat(nearest))})` : ""} speaker=${JSON.stringify(claim.speaker)} via=${route}\n` +
        `  cue=${JSON.stringify(claim.cue)} claim=${JSON.stringify(cut(flat(claim.text), 100))}\n` +
        `  ${flat(text.slice(from, to))}\n`,
    );
  });
}
const wrong = matched - right;
console.log(
  `${split}, ${articles.length} articles (every ${every}${shipped ? ", shipped" : ", every speaker kept"}): ` +
    `${predicted} predicted with a speaker, ${matched} matched, ${right} right, ${wrong} wrong`,
);
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${kind}`);
