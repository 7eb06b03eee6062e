// Review finding: control characters in names reached the terminal and the mail text. A workspace
// name "Evil\r\nBcc: victim@example.com" or "Evil \u001b[31mRED\u001b[0m", and an imported title
// "Esc \u001b]0;PWNED\u0007 title \u001b[2J", are refused with 400 (or the import's refusal
// reason) naming the character, and nothing is stored (lib/input/name-text.ts). What is already
// stored is printed by the CLI with its control characters escaped (lib/input/terminal-text.ts).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { answerImportRequest } from "@/server/http/import-request";
import { keepInOutbox } from "@/server/mail/outbox";
import { closeCpuPool } from "@/server/workers/cpu-pool";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { runCli, tempDataDir } from "../support/run-cli";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixture = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json"), "utf8"),
);
const TERMINAL_TITLE = "Esc \u001b]0;PWNED\u0007 title \u001b[2J";

afterAll(() => closeCpuPool());

describe.each(testEngines())("control characters in names and titles, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let token: string;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    token = (await fx.callers.editor.auth.createApiToken({ name: "CMS", workspaceId: fx.workspace.id })).token;
  });
  afterAll(() => database?.close());

  it.each([
    ["Evil\r\nBcc: victim@example.com", "a line break (U+000D)"],
    ["Evil \u001b[31mRED\u001b[0m", "an escape character (U+001B)"],
    ["Evil\tdesk", "a tab (U+0009)"],
    ["Evil \u009bdesk", "a control character (U+009B)"],
  ])("workspaces.create refuses the name %j", async (name, what) => {
    await expect(fx.callers.editor.workspaces.create({ name, slug: "evil-desk" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`the workspace name contains ${what}`),
    });
    expect(await database.db.workspace.count({ where: { slug: "evil-desk" } })).toBe(0);
  });

  it("the import route refuses a title holding ESC and BEL, and imports the clean entry", async () => {
    const entries = [
      { ...fixture, title: TERMINAL_TITLE, url: "https://cms.example.org/ctl-1" },
      { ...fixture, title: "Council story, clean", url: "https://cms.example.org/ctl-2" },
    ];
    const slug = fx.workspace.slug;
    const request = new Request(`http://localhost/api/workspaces/${slug}/imports`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${token}` },
      body: entries.map((entry) => JSON.stringify(entry)).join("\n"),
    });
    const response = await answerImportRequest(database.db, request, slug);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.articles.map((article: { file: string }) => article.file)).toEqual(["line 2"]);
    expect(report.refused).toEqual([
      { file: "line 1", reason: expect.stringContaining("the title contains an escape character (U+001B)") },
    ]);
    expect(await database.db.article.count({ where: { url: "https://cms.example.org/ctl-1" } })).toBe(0);
  });
});

describe("claimtrail outbox with control characters in a kept mail", { timeout: 120_000 }, () => {
  it("prints them escaped, keeping the body's line breaks", async () => {
    const dir = tempDataDir();
    keepInOutbox(dir, {
      to: "lena@example.org",
      subject: "Invitation to Evil\r\nBcc: victim@example.com",
      text: `Join ${TERMINAL_TITLE}\nbye`,
    });
    const result = await runCli(["outbox"], { CLAIMTRAIL_OUTBOX_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Subject: Invitation to Evil\\x0d\\x0aBcc: victim@example.com\n\n");
    expect(result.stdout).toContain("Join Esc \\x1b]0;PWNED\\x07 title \\x1b[2J\nbye");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  });
});
