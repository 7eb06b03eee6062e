// `claimtrail export` printing on a terminal (issue 13: stored text may hold control characters,
// from rows stored before names and titles refused them, and in quotes and notes): on a terminal
// each is shown as its escape, so an ESC cannot retitle the window; a pipe or a file gets the
// bytes as stored; a PDF is refused on a terminal. The terminal is a real one (script(1)'s pty).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/server/database/open-database";
import { runCli, tempDataDir } from "../support/run-cli";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";
const hasScript = spawnSync("script", ["--version"]).status === 0;

/** Runs the CLI with its stdout on a pseudo-terminal; the terminal's output as text. */
function runCliOnTerminal(args: string[], env: Record<string, string>): string {
  const command = [process.execPath, path.join(repoRoot, "bin", "claimtrail.mjs"), ...args]
    .map((word) => `'${word}'`)
    .join(" ");
  const result = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return result.stdout;
}

describe.skipIf(!hasScript)("claimtrail export on a terminal", { timeout: 300_000 }, () => {
  it("shows an old title's control characters as escapes on a terminal, keeps them in a pipe, refuses a PDF", async () => {
    const env = { CLAIMTRAIL_DATA_DIR: tempDataDir() };
    expect((await runCli(["articles", "--json"], env)).code).toBe(0);
    // A title stored before the rule refused control characters.
    const database = await openDatabase(
      { kind: "pglite-folder", dataDir: env.CLAIMTRAIL_DATA_DIR },
      { root: repoRoot },
    );
    await database.db.article.updateMany({ where: { slug: SLUG }, data: { title: "Esc \u001b]0;PWNED\u0007 title" } });
    await database.close();

    const piped = await runCli(["export", "--article", SLUG, "--format", "csv"], env);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain("Esc \u001b]0;PWNED\u0007 title");

    const shown = runCliOnTerminal(["export", "--article", SLUG, "--format", "csv"], env);
    expect(shown).toContain("Esc \\x1b]0;PWNED\\x07 title");
    expect(shown).not.toContain("\u001b");
    expect(shown).not.toContain("\u0007");

    const pdf = runCliOnTerminal(["export", "--article", SLUG, "--format", "pdf"], env);
    expect(pdf).toContain("a PDF is not text to print on a terminal: give --out FILE");
    expect(pdf).not.toContain("%PDF");
  });
});
