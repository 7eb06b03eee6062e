// An editor keeps a source's record in chromium: sign up on a fresh server (and so own the demo
// newsroom), open La Dépêche du Midi from the workspace's sources, add the alias La Dépêche and
// two assessments, read the history with its rater, archive a pasted capture that downloads
// byte for byte with its sha256, and merge a duplicate spelling in, then undo the merge.
import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const CAPTURE = "\uFEFF<p>La Dépêche du Midi — « plusieurs milliers de soldats »</p>\n";

describe.skipIf(!hasChromium)("an editor keeps the record of La Dépêche du Midi", () => {
  const app = useAppAndBrowser();

  it("adds an alias and assessments, shows the history, archives a capture, and merges and un-merges a duplicate", async ({
    onTestFailed,
  }) => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    onTestFailed(() =>
      page
        .screenshot({ path: path.join(artifactsDir, "source-record-failure.png"), fullPage: true })
        .then(() => undefined),
    );
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Alex Editor",
      email: "alex@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);

    await page.goto(`${app.server.url}/editor/demo/sources`);
    await page.getByRole("link", { name: "La Dépêche du Midi" }).click();
    await page.waitForURL(/\/editor\/demo\/sources\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("La Dépêche du Midi");

    const aliases = page.getByRole("form", { name: "Add an alias" });
    await aliases.getByLabel("Another name").fill("La Dépêche");
    await aliases.getByRole("button", { name: "Add alias" }).click();
    await page
      .getByRole("list", { name: "Other names of La Dépêche du Midi" })
      .getByText("La Dépêche", { exact: true })
      .waitFor();

    const rate = page.getByRole("form", { name: "Rate this source" });
    await rate.getByLabel("Rating").selectOption("UNKNOWN");
    await rate.getByLabel("Why").fill("Not yet checked by the standards desk");
    await rate.getByRole("button", { name: "Add assessment" }).click();
    const history = page.getByRole("table", { name: "Reliability history" });
    await expect.poll(() => history.locator("tbody tr").count(), { timeout: 15_000 }).toBe(1);
    await rate.getByLabel("Rating").selectOption("ESTABLISHED");
    await rate.getByLabel("Why").fill("Regional daily of record; corrections policy published");
    await rate.getByRole("button", { name: "Add assessment" }).click();
    await expect.poll(() => history.locator("tbody tr").count(), { timeout: 15_000 }).toBe(2);
    const rows = await history.locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("unknown");
    expect(rows[0]).toContain("Alex Editor");
    expect(rows[1]).toContain("established");
    expect(rows[1]).toContain("Regional daily of record");
    await expect(page.locator("h1 + p .rating").textContent()).resolves.toBe("established");

    await page.getByText("Add a capture of https://www.ladepeche.fr/").click();
    const capture = page.getByRole("form", { name: "Add a capture of the source" });
    await capture.getByLabel("Pasted capture").fill(CAPTURE);
    await capture.getByRole("button", { name: "Save capture" }).click();
    const captures = page.getByRole("list", { name: "Captures of La Dépêche du Midi" });
    const download = captures.getByRole("link", { name: "Download" });
    await download.waitFor({ timeout: 15_000 });
    const response = await page.request.get(`${app.server.url}${await download.getAttribute("href")}`);
    const body = await response.body();
    const expected = Buffer.from(CAPTURE, "utf8");
    expect(body.equals(expected)).toBe(true);
    expect(response.headers()["x-content-sha256"]).toBe(createHash("sha256").update(expected).digest("hex"));
    // Pasted without a capture time: none is invented, neither in the list nor in the file's name.
    expect(response.headers()["content-disposition"]).toBe("attachment; filename*=UTF-8''www.ladepeche.fr.html");
    await expect(captures.textContent()).resolves.toContain("Capture date not recorded");
    expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
    await expect(captures.textContent()).resolves.toContain(createHash("sha256").update(expected).digest("hex"));

    const anonymous = await app.browser.newContext();
    expect((await anonymous.request.get(`${app.server.url}${await download.getAttribute("href")}`)).status()).toBe(401);
    await anonymous.close();

    // A duplicate spelling, created as the claim form's source picker would, then merged and un-merged here.
    const trpc = (procedure: string) => `${app.server.url}/api/trpc/${procedure}`;
    const demo = (await (
      await page.request.get(
        `${trpc("workspaces.bySlug")}?input=${encodeURIComponent(JSON.stringify({ slug: "demo" }))}`,
      )
    ).json()) as { result: { data: { id: string } } };
    const created = await page.request.post(trpc("sources.findOrCreate"), {
      data: { workspaceId: demo.result.data.id, name: "Dépêche du Midi (Toulouse)", type: "OUTLET" },
    });
    expect(created.status()).toBe(200);
    await page.reload();
    const merging = page.getByRole("group", { name: "Merge a duplicate" });
    await merging.getByLabel("Duplicate of this source").fill("Toulouse");
    await merging.getByRole("button", { name: /^Dépêche du Midi \(Toulouse\)/ }).click();
    await merging.getByRole("button", { name: "Merge into La Dépêche du Midi" }).click();
    const merges = page.locator("ol.merges > li");
    await merges.filter({ hasText: "merged into this source" }).waitFor({ timeout: 15_000 });
    await page
      .getByRole("list", { name: "Other names of La Dépêche du Midi" })
      .getByText("Dépêche du Midi (Toulouse)", { exact: true })
      .waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "source-record-merged.png"), fullPage: true });
    await merges.getByRole("button", { name: "Undo this merge" }).click();
    await merges.filter({ hasText: "Undone" }).waitFor({ timeout: 15_000 });
    await expect(
      page.getByRole("list", { name: "Other names of La Dépêche du Midi" }).textContent(),
    ).resolves.not.toContain("Toulouse");

    await page.screenshot({ path: path.join(artifactsDir, "source-record.png"), fullPage: true });
    await page.getByRole("heading", { name: "Reliability" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, "source-record-history.png") });
    await page.goto(`${app.server.url}/editor/demo/sources?q=depeche`);
    await page.getByRole("table").getByText("La Dépêche", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "source-list.png"), fullPage: true });
    await page.close();
  });
});
