import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, buildApp, freePort, spawnServer, startAppServer } from "./support/app-server";
import { artifactsDir, hasChromium, launchBrowser } from "./support/browser";

describe("the app on a fresh embedded database", () => {
  let server: AppServer;
  beforeAll(async () => {
    buildApp();
    server = await startAppServer();
  });
  afterAll(() => server?.stop());

  describe.skipIf(!hasChromium)("in chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("lists the seed article and shows its text with its 15 claims", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url);
      await page.getByRole("link", { name: /coalition-of-the-willing/ }).click();
      await page.waitForURL(/\/articles\/macron-coalition-of-the-willing$/);
      await expect(page.locator("h1").textContent()).resolves.toContain("Macron");
      expect(await page.locator(".article-body a.claim[id^='claim-']").count()).toBe(15);
      expect(await page.locator("ol.claims > li").count()).toBe(15);
      await expect(page.locator(".article-body a.claim", { hasText: "several thousand troops" }).count()).resolves.toBe(
        1,
      );
      await page.screenshot({ path: path.join(artifactsDir, "smoke-article.png"), fullPage: true });
      expect(fs.statSync(path.join(artifactsDir, "smoke-article.png")).size).toBeGreaterThan(10_000);
      await page.close();
    });
  });

  it("refuses a second server on the same data folder with a clear message", async () => {
    const second = spawnServer(await freePort(), server.dataDir);
    let output = "";
    second.stdout!.on("data", (chunk) => (output += chunk));
    second.stderr!.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => second.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(output).toContain("is in use by another Claimtrail process");
  });

  it("refuses before building anything: npm start's build step reads the lock first", () => {
    // The lock is read before the build is judged stale: a build would rewrite the running
    // server's build folder.
    const result = spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], {
      env: { ...process.env, CLAIMTRAIL_DATA_DIR: server.dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is in use by another Claimtrail process");
    expect(result.stdout).toBe("");
  });

  it("keeps serving the first server's data afterwards", async () => {
    const response = await fetch(`${server.url}/api/trpc/articles.list`);
    expect(response.status).toBe(200);
  });
});
