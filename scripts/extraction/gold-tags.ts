// Turns PolNeAR's attributions into one tag per token (BIO over source S, cue C, content T), the
// labeller's training target. Attributions nested inside another's content are left out: a
// token carries one tag, and the outer reading is the one a claim suggestion needs first.
import type { Tag } from "@/lib/extraction/attribution-tagger";
import type { Token } from "@/lib/extraction/tokenize-text";
import type { GoldAttribution, Ranges } from "./read-polnear";

const inside = (at: number, ranges: Ranges) => ranges.some(([s, e]) => at >= s && at < e);

function outerAttributions(attributions: GoldAttribution[]): GoldAttribution[] {
  return attributions.filter((a) => {
    const cueAt = a.cue[0]?.[0] ?? a.content[0]?.[0] ?? 0;
    return !attributions.some((b) => b !== a && inside(cueAt, b.content));
  });
}

export function goldTags(tokens: Token[], attributions: GoldAttribution[]): Tag[] {
  const tags: Tag[] = tokens.map(() => "O");
  const owner: number[] = tokens.map(() => -1);
  outerAttributions(attributions).forEach((a, n) => {
    for (const [role, ranges] of [
      ["T", a.content],
      ["C", a.cue],
      ["S", a.source],
    ] as const) {
      let previous = -2;
      tokens.forEach((t, i) => {
        if (tags[i] !== "O" || !ranges.some(([s, e]) => t.start < e && t.end > s)) return;
        const continues = previous === i - 1 && owner[i - 1] === n && tags[i - 1]?.endsWith(role);
        tags[i] = `${continues ? "I" : "B"}-${role}` as Tag;
        owner[i] = n;
        previous = i;
      });
    }
  });
  return tags;
}
