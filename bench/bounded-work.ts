// Bounded work per request, as ratios measured in one run: the worst input of a given size
// against an ordinary one of the same size. A linear (or capped) step keeps the ratio a small
// constant; a quadratic one makes it grow with the size.
//   - revising a 9,000-word article: a full rewrite (the word diff hits its cap) vs a correction
//     of a few words, both through the whole re-anchoring of 40 claims (lib/claims/reanchor-claim.ts);
//   - HTML upload: 120,000 × "<" vs ordinary paragraphs of the same length (lib/articles/html-to-text.ts);
//   - Markdown upload: " *aa" × 30,000 vs ordinary prose of the same length (lib/articles/markdown-to-text.ts);
//   - claim extraction of one attribution repeated ('"The dam will hold," said Sen. Ann Roe. '),
//     200 KB against 50 KB of it: the register of people and each speaker's fullest name
//     (lib/extraction/find-names.ts) keep this near ×4, where a quadratic step makes it ×16.
import { htmlToText } from "../lib/articles/html-to-text";
import { markdownToText } from "../lib/articles/markdown-to-text";
import { reanchorClaims } from "../lib/claims/reanchor-claim";
import { anchorSpan } from "../lib/claims/text-anchor";
import { extractClaims } from "../lib/extraction/extract-claims";

export type RatioRow = { label: string; ratio: number; note: string };

const RUNS = 5;

function median(fn: () => unknown, runs = RUNS): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

function words(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`word${((i * 7919 + seed * 104729) % 5003).toString(36)}`);
  return `${out.join(" ")}.`;
}

function ratioRow(label: string, worst: () => unknown, ordinary: () => unknown, runs = RUNS): RatioRow {
  const worstMs = median(worst, runs);
  const ordinaryMs = median(ordinary, runs);
  return { label, ratio: worstMs / ordinaryMs, note: `${worstMs.toFixed(1)} ms vs ${ordinaryMs.toFixed(1)} ms` };
}

export function benchBoundedWork(): RatioRow[] {
  const before = words(1, 9000);
  const tokens = before.split(" ");
  const claims = Array.from({ length: 40 }, (_, i) => {
    const start = tokens.slice(0, i * 220).join(" ").length + (i ? 1 : 0);
    const length = tokens.slice(i * 220, i * 220 + 6).join(" ").length;
    return anchorSpan(before, start, start + length);
  });
  const rewritten = words(2, 9000);
  const corrected = before.replace(tokens[4500]!, "corrected").replace(tokens[100]!, "amended");

  const size = 120_000;
  const ordinaryHtml = "<p>Ministers met on Friday and agreed on a plan.</p>".repeat(size / 50).slice(0, size);
  const ordinaryMarkdown = "Ministers met on *Friday* and agreed on a plan. ".repeat(size / 48).slice(0, size);
  const attribution = '"The dam will hold," said Sen. Ann Roe. ';
  const attributions = (kb: number) =>
    attribution.repeat(Math.ceil((kb * 1000) / attribution.length)).slice(0, kb * 1000);
  const [attributions50, attributions200] = [attributions(50), attributions(200)];
  return [
    ratioRow(
      "revision of a 9,000-word article: full rewrite / few-word correction",
      () => reanchorClaims(before, rewritten, claims),
      () => reanchorClaims(before, corrected, claims),
    ),
    ratioRow(
      `HTML upload, ${size / 1000} KB: "<" × ${size} / ordinary paragraphs`,
      () => htmlToText("<".repeat(size)),
      () => htmlToText(ordinaryHtml),
    ),
    ratioRow(
      `Markdown upload, ${size / 1000} KB: " *aa" × ${size / 4} / ordinary prose`,
      () => markdownToText(" *aa".repeat(size / 4)),
      () => markdownToText(ordinaryMarkdown),
    ),
    // Three runs each: a 200 KB extraction takes seconds.
    ratioRow(
      `claim extraction, one attribution repeated: 200 KB / 50 KB (linear ×4)`,
      () => extractClaims(attributions200),
      () => extractClaims(attributions50),
      3,
    ),
  ];
}
