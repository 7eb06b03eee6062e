// An editor's first session, end to end in chromium: sign up, create a workspace, paste the
// seed article, select the troops claim, trace it through La Dépêche du Midi and Le Parisien,
// and see it judged indirect with one independent path.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";
import { addVia, startClaim } from "./support/chain-builder";
import { signUpAndConfirm } from "./support/confirm-sign-up";
import { pickSource } from "./support/pick-source";

const TROOPS = "participating nations potentially sending several thousand troops each to “key points” within Ukraine";
const seedText = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8");

describe.skipIf(!hasChromium)("an editor annotates the seed article's troops claim", () => {
  const app = useAppAndBrowser();

  it("from sign-up to an indirect claim with one independent path", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Alex Editor",
      email: "alex@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);

    await page.getByLabel("Newsroom name").fill("Standards Desk");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/editor\/standards-desk$/);

    await page.getByLabel("Title").fill("Macron on troops for Ukraine");
    await page.getByLabel("Publisher").fill("Standards Desk");
    await page.getByRole("textbox", { name: "Text" }).fill(seedText);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/editor\/standards-desk\/articles\/[0-9a-f-]{36}$/);

    await startClaim(page, TROOPS);
    const newClaim = page.getByRole("form", { name: "New claim" });
    await expect(newClaim.locator("blockquote").textContent()).resolves.toBe(TROOPS);
    await pickSource(page, "Speaker", "Emmanuel Macron", "PERSON");
    await newClaim.getByLabel("Attribution cue in the text").fill("as reported by La Dépêche du Midi and Le Parisien");
    // Macron spoke to regional journalists (an event), who wrote for two outlets side by side.
    const via = newClaim.getByLabel("Via: type a name");
    await via.fill("journalists from regional French newspapers");
    await newClaim.getByLabel("Type of the new source").selectOption("EVENT");
    await via.press("Enter");
    await newClaim.getByTestId("chain-line").getByText("journalists from regional French newspapers").waitFor();
    await addVia(page, "New claim", "La Dépêche du Midi");
    await addVia(page, "New claim", "Le Parisien", { alongside: true });
    const planned = newClaim.getByRole("list", { name: "Hops to save" }).getByRole("listitem");
    await expect(planned.allTextContents()).resolves.toHaveLength(5);
    await newClaim.getByRole("button", { name: "Create claim with 5 hops" }).click();
    await page.getByRole("region", { name: "Selected claim" }).waitFor();
    await expect.poll(() => page.locator("ol.hops > li").count(), { timeout: 15_000 }).toBe(5);

    const panel = page.getByRole("region", { name: "Selected claim" });
    await expect(panel.getByTestId("directness").first().textContent()).resolves.toBe("indirect");
    await expect(panel.getByTestId("independent-paths").first().textContent()).resolves.toBe("1");
    await expect(panel.getByTestId("summary").first().textContent()).resolves.toMatch(
      /La Dépêche du Midi, Le Parisien/,
    );
    await page.screenshot({ path: path.join(artifactsDir, "editor-troops-claim.png"), fullPage: true });

    const suggestions = page.getByRole("region", { name: "Suggested claims" });
    await suggestions.getByRole("button", { name: "Suggest claims" }).click();
    const first = suggestions.locator("li.suggestion").first();
    await first.waitFor();
    expect(await suggestions.locator("li.suggestion", { hasText: "several thousand troops" }).count()).toBe(0);
    await first.getByRole("button", { name: "Accept" }).click();
    await expect.poll(() => page.locator("ol.claim-list > li").count(), { timeout: 15_000 }).toBe(2);

    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: path.join(artifactsDir, "editor-narrow.png"), fullPage: false });
    await page.close();
  });
});
