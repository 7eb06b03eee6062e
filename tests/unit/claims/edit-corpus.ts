// A generated corpus of article edits for the re-anchoring test: real-looking articles (the
// seed and the extraction fixtures), random claims on whole words, and random edits of the kinds
// editors make. Each claim's true place is tracked by private-use markers carried through the
// edit, so the test knows where its words went, or that they changed.
import fs from "node:fs";
import path from "node:path";
import { normalizeArticleText } from "@/lib/claims/normalize-article-text";
import { repoRoot } from "../../support/test-env";

// Claim i is wrapped in U+E000+2i … U+E001+2i (private use: no article holds them).
const open = (i: number) => String.fromCharCode(0xe000 + 2 * i);
const close = (i: number) => String.fromCharCode(0xe001 + 2 * i);
const MARKERS = /[\ue000-\ue0ff]/g;

type EditKind =
  | "insert-words"
  | "delete-words"
  | "replace-word"
  | "move-paragraph"
  | "whitespace"
  | "typography"
  | "duplicate-sentence";
const EDIT_KINDS: EditKind[] = [
  "insert-words",
  "delete-words",
  "replace-word",
  "move-paragraph",
  "whitespace",
  "typography",
  "duplicate-sentence",
];

type CorpusClaim = { start: number; end: number };
export type CorpusCase = {
  /** The edits made, in order ("look-alike": a sentence deleted while another speaker's copy of it stays). */
  kinds: Array<EditKind | "look-alike">;
  oldBody: string;
  newBody: string;
  claims: CorpusClaim[];
  /** Per claim: its span in newBody when its words survived (possibly re-typed), else null. */
  truth: Array<CorpusClaim | null>;
  /** Per claim: where verbatim copies of its sentence put its words (a duplicated sentence). */
  copiesOf: CorpusClaim[][];
};

export function loadArticles(): string[] {
  const dir = path.join(repoRoot, "tests", "fixtures", "extraction");
  const files = fs.readdirSync(dir).filter((file) => file.endsWith(".txt"));
  return [
    fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8"),
    ...files.map((file) => fs.readFileSync(path.join(dir, file), "utf8")),
  ].map(normalizeArticleText);
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof randomSource>;

const WORDS = ["reportedly", "on Monday", "officials said", "at least", "the agency", "in a statement", "new", "again"];

/** Whole-word claims of 2–10 words that do not overlap. */
function pickClaims(body: string, random: Random, count: number): CorpusClaim[] {
  const words = [...body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'%.,-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const claims: CorpusClaim[] = [];
  for (let tries = 0; claims.length < count && tries < count * 10; tries++) {
    const first = random.int(Math.max(1, words.length - 10));
    const last = Math.min(words.length - 1, first + 1 + random.int(9));
    const span = { start: words[first]!.start, end: words[last]!.end };
    if (body.slice(span.start, span.end).includes("\n")) continue;
    if (claims.some((claim) => claim.start < span.end && span.start < claim.end)) continue;
    claims.push(span);
  }
  return claims.sort((a, b) => a.start - b.start);
}

function mark(body: string, claims: CorpusClaim[]): string {
  let out = "";
  let at = 0;
  for (const [i, claim] of claims.entries()) {
    out += `${body.slice(at, claim.start)}${open(i)}${body.slice(claim.start, claim.end)}${close(i)}`;
    at = claim.end;
  }
  return out + body.slice(at);
}

const wordGaps = (text: string) => [...text.matchAll(/ /g)].map((m) => m.index);

function edit(marked: string, kind: EditKind, random: Random): string {
  const gaps = wordGaps(marked);
  // Half the edits land right at a claim's edge (before, after or just inside it).
  const markers = [...marked.matchAll(MARKERS)].map((m) => m.index);
  const near = markers.length && random.int(2) === 0 ? random.pick(markers) + random.int(7) - 3 : -1;
  const gap = !gaps.length
    ? 0
    : near < 0
      ? random.pick(gaps)
      : gaps.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
  switch (kind) {
    case "insert-words":
      return `${marked.slice(0, gap)} ${random.pick(WORDS)}${marked.slice(gap)}`;
    case "delete-words": {
      const end = marked.indexOf(" ", marked.indexOf(" ", gap + 1) + 1);
      return end > gap ? marked.slice(0, gap) + marked.slice(end) : marked;
    }
    case "replace-word": {
      const end = marked.indexOf(" ", gap + 1);
      return end > gap ? `${marked.slice(0, gap)} ${random.pick(WORDS)}${marked.slice(end)}` : marked;
    }
    case "move-paragraph": {
      const paragraphs = marked.split("\n");
      if (paragraphs.length < 2) return marked;
      const [moved] = paragraphs.splice(random.int(paragraphs.length), 1);
      paragraphs.splice(random.int(paragraphs.length + 1), 0, moved!);
      return paragraphs.join("\n");
    }
    case "whitespace":
      return marked.replace(/ /g, (space, at: number) =>
        at % 3 === random.int(3) ? random.pick(["\u00a0", "\n", "  "]) : space,
      );
    case "typography":
      return marked.replace(/’/g, "'").replace(/“|”/g, '"').replace(/é/g, "e\u0301").replace(/ - /g, " – ");
    case "duplicate-sentence": {
      const sentences = [...marked.matchAll(/[^.!?\n]+[.!?]/g)];
      if (!sentences.length) return marked;
      const sentence = random.pick(sentences);
      // The copy's markers say "a verbatim copy of claim i": a place that holds the same sentence.
      const codes = new Set([...sentence[0].matchAll(MARKERS)].map((m) => m[0].charCodeAt(0)));
      const copy = sentence[0].replace(MARKERS, (m) => {
        const code = m.charCodeAt(0);
        const whole = code < 0xe080 && codes.has(code ^ 1);
        return whole ? String.fromCharCode(code + 0x80) : "";
      });
      // After the paragraph, so that the copy never lands inside a claim.
      const lineEnd = marked.indexOf("\n", sentence.index + sentence[0].length);
      const at = lineEnd < 0 ? marked.length : lineEnd;
      const separator = " ";
      return `${marked.slice(0, at)}${separator}${copy.trim()}${marked.slice(at)}`;
    }
  }
}

function unmark(marked: string, count: number) {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  const copies = new Map<number, number[]>();
  let body = "";
  for (const char of marked) {
    const code = char.charCodeAt(0);
    if (code < 0xe000 || code > 0xe0ff) body += char;
    else if (code >= 0xe080) {
      const index = (code - 0xe080) >> 1;
      copies.set(index, [...(copies.get(index) ?? []), body.length]);
    } else (code % 2 === 0 ? starts : ends).set((code - 0xe000) >> 1, body.length);
  }
  const truth = Array.from({ length: count }, (_, i) =>
    starts.has(i) && ends.has(i) && starts.get(i)! < ends.get(i)! ? { start: starts.get(i)!, end: ends.get(i)! } : null,
  );
  const copiesOf = Array.from({ length: count }, (_, i) => {
    const edges = copies.get(i) ?? [];
    return Array.from({ length: edges.length >> 1 }, (_, k) => ({ start: edges[2 * k]!, end: edges[2 * k + 1]! }));
  });
  return { body, truth, copiesOf };
}

export function generateCase(articles: string[], random: Random): CorpusCase {
  let oldBody = random.pick(articles);
  // Issue 12, case 1: another speaker's sentence with the same words; the original is deleted.
  const sentences = [...oldBody.matchAll(/[^.!?\n]{40,}[.!?]/g)];
  const lookAlike = sentences.length > 0 && random.int(4) === 0 ? random.pick(sentences) : null;
  if (lookAlike) {
    const copy = lookAlike[0]
      .trim()
      .replace(/^\S+/, "Others")
      .replace(/[.!?]$/, " in part.");
    oldBody = `${oldBody}\n${copy}`;
  }
  const claims = pickClaims(oldBody, random, 5);
  let marked = mark(oldBody, claims);
  const kinds: CorpusCase["kinds"] = [];
  if (lookAlike) {
    const start = markedOffset(claims, lookAlike.index, "start");
    const end = markedOffset(claims, lookAlike.index + lookAlike[0].length, "end");
    marked = marked.slice(0, start) + marked.slice(end);
    kinds.push("look-alike");
  }
  // Most corrections touch more than one place.
  for (let count = 1 + random.int(3); count > 0; count--) {
    const kind = random.pick(EDIT_KINDS);
    marked = edit(marked, kind, random);
    kinds.push(kind);
  }
  const { body, truth, copiesOf } = unmark(marked, claims.length);
  return { kinds, oldBody, newBody: body, claims, truth, copiesOf };
}

/** Where an offset of the body lies in its marked copy (a claim's markers at an edge go with the sentence). */
function markedOffset(claims: CorpusClaim[], offset: number, edge: "start" | "end"): number {
  const opens = claims.filter((claim) => claim.start < offset).length;
  const closes = claims.filter((claim) => (edge === "end" ? claim.end <= offset : claim.end <= offset)).length;
  return offset + opens + closes;
}
