// Runs the shared attribution scorer on extractClaims' output, as `claimtrail extract` users
// would: prediction written to a temporary file, scorer run with --json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readArticleBody } from "../../../lib/extraction/article-body.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import type { SuggestedClaim } from "../../../lib/extraction/suggested-claim.ts";
import { findSharedDir, repoRoot } from "../../../scripts/extraction/shared-dir.ts";

export const sharedDir = findSharedDir();
const scorerPath = path.join(sharedDir ?? "../shared", "tools/score-attribution.mjs");
// Said in the describe title so that a skipped run shows why in the test output.
export const SHARED_MISSING = "SKIPPED: ../shared not found (set CLAIMTRAIL_SHARED_DIR)";
export const fixturesDir = path.resolve(repoRoot, "tests/fixtures/extraction");

export type Score = {
  gold: number;
  predicted: number;
  matched: number;
  attribution_f1: number;
  precision: number;
  recall: number;
  f1: number;
  indirect_acc: number;
  indirect_recall: number;
  speaker_acc: number;
  source_recall: number;
};

export function scorerAvailable(): boolean {
  const found = existsSync(scorerPath);
  if (!found) console.warn(`${SHARED_MISSING}: scored extraction tests skipped`);
  return found;
}

export function scoreArticle(articlePath: string, goldPath: string): { score: Score; claims: SuggestedClaim[] } {
  const claims = extractClaims(readArticleBody(readFileSync(articlePath, "utf8")));
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimtrail-extract-"));
  try {
    const predPath = path.join(dir, "prediction.json");
    writeFileSync(predPath, JSON.stringify({ claims }));
    const out = execFileSync(process.execPath, [scorerPath, articlePath, goldPath, predPath, "--json"], {
      encoding: "utf8",
    });
    const last = out.trim().split("\n").pop() ?? "{}";
    return { score: JSON.parse(last) as Score, claims };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
