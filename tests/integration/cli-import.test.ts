// `claimtrail import` as a user runs it: the seed round-trips (import → `sourcing --json` gives
// the demo's derived fields again, with the demo's sources reused), issue 12's fixture lands
// where its annotations say, bad input exits 2 with nothing stored, a held data folder is
// refused, and `export --format w3c` counts positions in code points.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli";
import { createPostgresDatabase } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-import-"));
  dirs.push(dir);
  return dir;
}
const seedDir = path.join(repoRoot, "prisma", "seed");
const fixtureFile = path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json");
// A new article's address: its title's words and a random key (server/services/articles/article-ref.ts).
const SLUG = /^budget-talks-stall-in-the-council-[a-z2-9]{8}$/;
type SourcingClaim = { id: string; weakestLink: { hopId?: string } | null } & Record<string, unknown>;
/** A claim's derived fields, without the ids each database gives its own rows. */
const withoutIds = (claims: SourcingClaim[]) =>
  claims.map(({ id: _id, weakestLink, ...claim }) => {
    const { hopId: _hop, ...link } = weakestLink ?? {};
    return { ...claim, weakestLink: weakestLink && link };
  });

// Each step is a CLI process of its own (several seconds each on a busy machine).
describe("claimtrail import on the embedded database", { timeout: 300_000 }, () => {
  const env = { CLAIMTRAIL_DATA_DIR: tempDir() };
  const files = tempDir();

  it("round-trips the seed into its own workspace, reusing its sources", async () => {
    const demo = JSON.parse(fs.readFileSync(path.join(seedDir, "demo.json"), "utf8"));
    const annotation = JSON.parse(fs.readFileSync(path.join(seedDir, "annotation.json"), "utf8"));
    const file = path.join(files, "seed.json");
    fs.writeFileSync(file, JSON.stringify({ ...annotation, sources: demo.sources, publisher: demo.article.publisher }));
    const imported = await runCli(
      ["import", file, "--body", path.join(seedDir, "article.txt"), "--workspace", "demo", "--publish"],
      env,
    );
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const slug =
      /^imported (\S+) with 15 claims into workspace demo \(0 new sources, (\d+) found in the workspace\)\n$/.exec(
        imported.stdout,
      )?.[1];
    expect(slug).toMatch(/^macron-/);
    // One process at a time: each holds the embedded database while it runs.
    const original = await runCli(["sourcing", "macron-coalition-of-the-willing", "--json"], env);
    const copy = await runCli(["sourcing", slug!, "--json"], env);
    const before = JSON.parse(original.stdout).claims;
    const after = JSON.parse(copy.stdout).claims;
    expect(after).toHaveLength(15);
    expect(withoutIds(after)).toEqual(withoutIds(before));
    const body = fs.readFileSync(path.join(seedDir, "article.txt"), "utf8").trimEnd();
    for (const claim of after) expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("imports issue 12's fixture where its annotations say, printing what it created", async () => {
    const result = await runCli(
      ["import", fixtureFile, "--workspace", "budget-desk", "--create-workspace", "--publish", "--json"],
      env,
    );
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual({
      articles: [{ id: expect.any(String), slug: expect.stringMatching(SLUG), claims: 5 }],
      unchanged: [],
      warnings: [],
    });
    const sourcing = JSON.parse((await runCli(["sourcing", printed.articles[0].slug, "--json"], env)).stdout);
    const dead = sourcing.claims.filter((claim: { quote: string }) => claim.quote === "the budget is dead");
    expect(dead.map((claim: { speaker: string | null }) => claim.speaker)).toEqual([null, "Dr. Weiß"]);
    expect(dead[1].start).toBeGreaterThan(dead[0].start);
    const w3c = JSON.parse(
      (await runCli(["export", "--article", printed.articles[0].slug, "--format", "w3c"], env)).stdout,
    );
    expect(w3c).toMatchObject({ type: "AnnotationCollection", total: 5 });
    const club = w3c.first.items.at(-1);
    const clubClaim = sourcing.claims.at(-1);
    expect(club.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: "the club is saved" });
    expect(club.target.selector[1]).toEqual({
      type: "TextPositionSelector",
      start: clubClaim.start - 1,
      end: clubClaim.end - 1,
    });
  });

  it("exits 2 on bad input, naming the problem, with nothing stored", async () => {
    const degenerate = path.join(files, "degenerate.json");
    const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"));
    fixture.title = "Nothing stored";
    fixture.claims.push({ ...fixture.claims[0], quote_or_paraphrase: " " });
    fs.writeFileSync(degenerate, JSON.stringify(fixture));
    const notJson = path.join(files, "broken.json");
    fs.writeFileSync(notJson, "{ not json");
    const noBody = path.join(files, "no-body.json");
    fs.writeFileSync(noBody, JSON.stringify({ title: "No body", claims: [] }));

    const results = await Promise.all([
      runCli(["import", degenerate], env),
      runCli(["import", notJson], env),
      runCli(["import", noBody], env),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[0]!.stderr).toBe(
      `claimtrail: claim 6: the quote " " holds no words, only spaces or punctuation; give the claim's words\n`,
    );
    expect(results[1]!.stderr).toMatch(/^claimtrail: .*broken\.json is not JSON/);
    expect(results[2]!.stderr).toBe(
      "claimtrail: the file has no article.body: give the article's text with --body FILE\n",
    );
    const articles = JSON.parse((await runCli(["articles", "--json"], env)).stdout);
    expect(articles).toHaveLength(3);
    expect(articles.map((a: { title: string }) => a.title)).not.toContain("Nothing stored");
  });

  it("refuses while another live process holds the data folder, creating nothing", async () => {
    const locked = tempDir();
    fs.writeFileSync(
      path.join(locked, "claimtrail.lock"),
      JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), command: "next start" }),
    );
    const result = await runCli(["import", fixtureFile], { CLAIMTRAIL_DATA_DIR: locked });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/is in use by another Claimtrail process/);
    expect(fs.existsSync(path.join(locked, "pglite"))).toBe(false);
  });

  it("imports a folder, listing each article and each refused file, and exits 2 for the refused one", async () => {
    const folder = path.join(tempDir(), "annotations");
    fs.mkdirSync(folder);
    const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"));
    fs.writeFileSync(path.join(folder, "1-good.json"), JSON.stringify({ ...fixture, title: "Folder article" }));
    fs.writeFileSync(path.join(folder, "2-broken.json"), "{ not json");
    const result = await runCli(["import", folder, "--workspace", "bulk", "--create-workspace", "--publish"], env);
    // Not a terminal: the progress is plain lines on stderr, before the one error line.
    expect(result.stderr).toMatch(
      /^importing: 1\/2 articles\n(.*\n)*importing: 2\/2 articles\nclaimtrail: 1 of 2 files refused \(listed in the report\)\n$/,
    );
    expect(result.code).toBe(2);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(
      new RegExp(
        `^imported folder-article-[a-z2-9]{8} with ${fixture.claims.length} claims from .*1-good\\.json \\(\\d+ new sources?, \\d+ found in the workspace\\)$`,
      ),
    );
    expect(lines[1]).toMatch(/^refused .*2-broken\.json: not JSON: /);
    expect(lines.slice(2)).toEqual(["1 imported, 0 unchanged, 1 refused", ""]);

    // The same folder again: the article is recognised, nothing is created twice.
    const again = await runCli(["import", folder, "--workspace", "bulk", "--publish"], env);
    expect(again.code).toBe(2);
    expect(again.stdout).toMatch(/^unchanged folder-article-[a-z2-9]{8} from .*1-good\.json\n/);
    expect(again.stdout).toContain("0 imported, 1 unchanged, 1 refused\n");

    const unknown = await runCli(["import", folder, "--owner", "nobody@example.org"], env);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe("claimtrail: --owner: no account nobody@example.org\n");
    // A mistyped workspace is refused, naming the ones that exist, instead of becoming a new one.
    const typo = await runCli(["import", folder, "--workspace", "buk"], env);
    expect(typo.code).toBe(3);
    expect(typo.stderr).toBe(
      "claimtrail: --workspace: no workspace buk (the workspaces are budget-desk, bulk, demo); " +
        "check the spelling, or add --create-workspace to create it\n",
    );
    const articles = JSON.parse((await runCli(["articles", "--json"], env)).stdout);
    expect(articles.filter((a: { title: string }) => a.title === "Folder article")).toHaveLength(1);
  });
});

describe("claimtrail import on PostgreSQL", { timeout: 300_000 }, async () => {
  const database = await createPostgresDatabase();
  afterAll(() => database?.drop());

  it.skipIf(!database)("imports into DATABASE_URL and reads back the cue's occurrence", async () => {
    const env = { DATABASE_URL: database!.url };
    const result = await runCli(["import", fixtureFile, "--publish", "--json"], env);
    expect(result.stderr).toBe("");
    const [article] = JSON.parse(result.stdout).articles;
    expect(article).toMatchObject({ slug: expect.stringMatching(SLUG), claims: 5 });
    const sourcing = JSON.parse((await runCli(["sourcing", article.slug, "--json"], env)).stdout);
    const weiss = sourcing.claims.find((claim: { speaker: string | null }) => claim.speaker === "Dr. Weiß");
    expect(weiss.start).toBe(
      sourcing.claims.findLast((c: { quote: string }) => c.quote === "the budget is dead").start,
    );
  });
});
