// A claim's part of the article read, kept by the JSON text PostgreSQL wrote for it
// (readArticleClaimTexts): the text holds every field the answer is made from (the claim's own,
// its hops, each source's name, type, standing and notes for readers), so the answer is a pure
// function of it, and an edit, a hop, a renamed, corrected or retracted source gives another
// text, hence another answer. Readers read the same unchanged claims over and over; keeping the
// answer by its text spares each read the parse, the check of the row, the provenance's
// derivation (whose own key is the graph serialized again) and the output check of the claim
// (frozen: lib/checked-once.ts). Least recently used out first.
import { LRUCache } from "lru-cache";
import { freezeDeep } from "@/lib/freeze-deep";
import type { ClaimSourcing, SourceDetail } from "@/lib/sourcing/schemas";
import { parseClaimRow } from "./article-claims-query";
import { toClaimSourcing } from "./to-claim-sourcing";

export type ClaimAnswer = Readonly<{
  claim: ClaimSourcing;
  /** The claim's sources (speaker, record statement, named, hop ends), each once, in that order. */
  sources: readonly SourceDetail[];
}>;

// Sized by the text's length (2 bytes a character) three times over, for the key and the
// objects built from it: 32 MB holds the answers of about two thousand claims of 3 KB of text.
const answers = new LRUCache<string, ClaimAnswer>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (_answer, text) => 6 * text.length,
});

/**
 * The answer for the claim whose JSON text is `text`: the same frozen object for the same text
 * while it is kept. Throws a ZodError when the text does not have a claim row's shape, and
 * AppError("INVALID") as deriveProvenance does (nothing is kept then).
 */
export function answerClaim(text: string): ClaimAnswer {
  const known = answers.get(text);
  if (known) return known;
  const row = parseClaimRow(text);
  const answer = freezeDeep({ claim: toClaimSourcing(row), sources: sourcesInOrder(row) });
  // A copy of the text: a piece split from the statement's answer may hold the whole of it.
  answers.set(copyText(text), answer);
  return answer;
}

function sourcesInOrder(row: Parameters<typeof toClaimSourcing>[0]): SourceDetail[] {
  const seen = new Map<string, SourceDetail>();
  for (const source of [
    row.speaker,
    row.primaryRecordSource,
    ...row.namedSources.map((named) => named.source),
    ...row.hops.flatMap((hop) => [hop.from, hop.to]),
  ]) {
    if (source && !seen.has(source.id)) seen.set(source.id, source);
  }
  return [...seen.values()];
}

function copyText(text: string): string {
  return Buffer.from(text, "utf16le").toString("utf16le");
}
