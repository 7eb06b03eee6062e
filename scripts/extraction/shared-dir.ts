// Where the shared corpora and scorers live: `../shared` beside the repository (as CI lays it
// out), or CLAIMTRAIL_SHARED_DIR when the checkout sits elsewhere (a git worktree).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared folder, or null when neither location exists. */
export function findSharedDir(): string | null {
  const candidates = [process.env.CLAIMTRAIL_SHARED_DIR, path.resolve(repoRoot, "../shared")];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir as string)) ?? null;
}
