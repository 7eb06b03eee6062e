// A correction in the browser: the demo newsroom's owner fixes a typo before the troops claim
// and rewrites one quoted sentence; the troops claim follows its words, the rewritten claim is
// flagged for review with its old and new words, and the editor accepts the new words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";

const seed = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").trimEnd();
const OLD_QUOTE =
  "“Ukraine is sovereign. If it asks for Allied forces to be on its territory, it’s not up to Russia to accept or not,”";
const NEW_QUOTE =
  "“Ukraine is a sovereign country. If it asks for allied forces on its soil, it is not for Russia to accept or refuse,”";
const corrected = seed
  .replace("has elaborated on potential roles", "has elaborated on the potential roles")
  .replace(OLD_QUOTE, NEW_QUOTE);

describe.skipIf(!hasChromium)("an editor corrects the seed article", () => {
  const app = useAppAndBrowser();

  it("keeps the troops claim on its words and flags the rewritten quote", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await page.getByLabel("Name").fill("Sam Standards");
    await page.getByLabel("Email").fill("sam@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/editor$/);

    await page.getByRole("link", { name: "Demo newsroom" }).click();
    await page.getByRole("link", { name: /coalition-of-the-willing/ }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);

    await page.getByText("Correct the text").click();
    const form = page.getByRole("form", { name: "Correct the text" });
    await form.getByLabel("Text").fill(corrected);
    await form.getByLabel("What changed").fill("typo before the troops claim; quote corrected");
    await form.getByRole("button", { name: /Save as version 2/ }).click();
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 15_000 }).toContain("1 need review");

    await expect.poll(() => page.locator(".annotator-text mark.needs-review").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator(".annotator-text mark.needs-review").textContent()).toBe(NEW_QUOTE);
    expect(await page.locator(".annotator-text mark", { hasText: "several thousand troops each" }).textContent()).toBe(
      "participating nations potentially sending several thousand troops each to “key points” within Ukraine",
    );

    await page.locator(".annotator-text mark.needs-review").click();
    const review = page.getByRole("region", { name: "Needs review after an edit" });
    await expect(review.textContent()).resolves.toContain(OLD_QUOTE);
    await page.screenshot({ path: path.join(artifactsDir, "correction-needs-review.png"), fullPage: true });
    await review.getByRole("button", { name: "Accept the new words" }).click();
    await expect.poll(() => page.locator(".annotator-text mark.needs-review").count(), { timeout: 15_000 }).toBe(0);

    await page.getByRole("link", { name: /Versions \(2\)/ }).click();
    await expect(page.locator("ins").first().textContent()).resolves.toContain("the");
    await page.screenshot({ path: path.join(artifactsDir, "correction-versions.png"), fullPage: true });
    await page.close();
  });
});
