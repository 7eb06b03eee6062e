// Our own second speaker figure for PolNeAR, printed next to the official scorer's and never
// instead of it: a speaker also counts as right when the gold source is another form of the
// same person's name in the article ("Mr. Cruz", "Sen. Graham", "Graham, a former candidate,"
// for "Ted Cruz", "Lindsey Graham"), the short form being linked to the full one by the
// article's own register of names (lib/extraction/find-names.ts). Spans are matched as the
// official scorer matches them (score-polnear.mjs): overlap of at least half of the shorter,
// greedy by overlap; descriptions and pronouns are left to the official rule.
import {
  buildPeopleRegistry,
  expandPersonName,
  findNames,
  isPersonName,
  splitTitle,
} from "@/lib/extraction/find-names";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import type { PolnearArticle, Ranges } from "./read-polnear";

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
const sameEntity = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their|its|him|them|this|that|these|those|who|which)$/i;
const isDescription = (t: string) =>
  PRONOUN.test(t.trim()) || /^(the|a|an|this|that|his|her|their|its)\s/i.test(t.trim()) || /^[a-z]/.test(t.trim());

const textOf = (text: string, ranges: Ranges) => ranges.map(([s, e]) => text.slice(s, e)).join(" ");

// The full names the article gives the person a proper-name source names, when it gives one.
function fullNames(source: string, people: ReturnType<typeof buildPeopleRegistry>): string[] {
  // "Trump’s" alone is Trump; in "Bennett’s younger sister" Bennett only says whose sister.
  const own = source.trim().replace(/['’]s?$/, "");
  return (
    findNames(own)
      // A name followed by a lowercase word modifies it ("Democratic presidential candidate").
      .filter((m) => !/^(?:['’]s?\s+\S|\s+\p{Ll})/u.test(own.slice(m.end)))
      .flatMap((m) => {
        const { name } = splitTitle(m.text.replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+/, ""));
        const full = name ? expandPersonName(name, people) : "";
        return full && full !== name && isPersonName(full, false) ? [full] : [];
      })
  );
}

export type AnyNameCounts = { matched: number; right: number; rightAnyName: number };
/**
 * One claim as the scorer's matching reads it: matched to a gold attribution (`gold`, its index
 * in `article.attributions`, null when unmatched), and if so whether its speaker is right.
 */
export type SpeakerJudgement = { matched: boolean; right: boolean; rightAnyName: boolean; gold: number | null };

/** Counts matched spans, speakers right by the official rule, and right under any name of the person. */
export function countAnyName(article: PolnearArticle, claims: SuggestedClaim[]): AnyNameCounts {
  const counts: AnyNameCounts = { matched: 0, right: 0, rightAnyName: 0 };
  for (const j of judgeSpeakers(article, claims)) {
    if (!j.matched) continue;
    counts.matched++;
    if (j.right) counts.right++;
    if (j.rightAnyName) counts.rightAnyName++;
  }
  return counts;
}

/**
 * Each claim of `claims` (same order) judged as the scorer matches: claims without a speaker
 * are left out of the matching, as the scorer leaves them out, and come back unmatched.
 */
export function judgeSpeakers(article: PolnearArticle, claims: SuggestedClaim[]): SpeakerJudgement[] {
  const { text } = article;
  const order = claims.flatMap((c, i) => (c.speaker ? [i] : []));
  const pred = order.map((i) => claims[i] as SuggestedClaim);
  const sources = article.attributions
    .filter((a) => a.source.length > 0)
    .map((a) => ({ at: a.source[0]?.[0] ?? 0, text: textOf(text, a.source) }))
    .sort((a, b) => a.at - b.at);
  const gold = article.attributions.map((a) => {
    const names: string[] = [];
    if (a.source.length > 0) {
      const own = textOf(text, a.source);
      names.push(own);
      if (isDescription(own)) {
        const at = a.source[0]?.[0] ?? 0;
        const before = sources.filter((s) => s.at < at && !isDescription(s.text));
        const last = before[before.length - 1];
        if (last) names.push(last.text);
      }
    }
    const length = a.content.reduce((n, [s, e]) => n + (e - s), 0);
    return { ranges: a.content, length, names };
  });
  const pairs: Array<{ pi: number; gi: number; overlap: number }> = [];
  pred.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      const overlap = g.ranges.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, p.end) - Math.max(s, p.start)), 0);
      if (overlap > 0 && overlap >= Math.min(p.end - p.start, g.length) / 2) pairs.push({ pi, gi, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const people = buildPeopleRegistry(text);
  const out: SpeakerJudgement[] = claims.map(() => ({
    matched: false,
    right: false,
    rightAnyName: false,
    gold: null,
  }));
  for (const { pi, gi } of pairs) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    const speaker = pred[pi]?.speaker ?? "";
    const names = gold[gi]?.names ?? [];
    const right = names.length === 0 || names.some((n) => sameEntity(speaker, n));
    const anyName =
      right || names.some((n) => !isDescription(n) && fullNames(n, people).some((full) => sameEntity(speaker, full)));
    out[order[pi] as number] = { matched: true, right, rightAnyName: anyName, gold: gi };
  }
  return out;
}
