// An editor's first session, end to end in chromium: sign up, create a workspace, paste the
// seed article, select the troops claim, trace it through La Dépêche du Midi and Le Parisien,
// and see it judged indirect with one independent path.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";
import { pickSource } from "./support/pick-source";
import { selectText } from "./support/select-text";

const TROOPS = "participating nations potentially sending several thousand troops each to “key points” within Ukraine";
const seedText = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8");

async function addHop(
  page: Page,
  hop: { from: string; to: string | null; newTo?: string; relation: string; firstHand: boolean },
) {
  const form = page.getByRole("form", { name: "Add a hop" });
  await pickSource(page, "From", hop.from);
  if (hop.to === null) await form.getByLabel("to this article").check();
  else await pickSource(page, "To", hop.to, hop.newTo);
  await form.getByLabel("Relation").selectOption(hop.relation);
  if (hop.firstHand) await form.getByLabel("first-hand").check();
  const hopsBefore = await page.locator("ol.hops > li").count();
  await form.getByRole("button", { name: "Add hop" }).click();
  await expect.poll(() => page.locator("ol.hops > li").count(), { timeout: 15_000 }).toBe(hopsBefore + 1);
}

describe.skipIf(!hasChromium)("an editor annotates the seed article's troops claim", () => {
  const app = useAppAndBrowser();

  it("from sign-up to an indirect claim with one independent path", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await page.getByLabel("Name").fill("Alex Editor");
    await page.getByLabel("Email").fill("alex@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/editor$/);

    await page.getByLabel("Newsroom name").fill("Standards Desk");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/editor\/standards-desk$/);

    await page.getByLabel("Title").fill("Macron on troops for Ukraine");
    await page.getByLabel("Publisher").fill("Standards Desk");
    await page.getByRole("textbox", { name: "Text" }).fill(seedText);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/editor\/standards-desk\/articles\/[0-9a-f-]{36}$/);

    await selectText(page, ".annotator-text", TROOPS);
    const newClaim = page.getByRole("form", { name: "New claim" });
    await expect(newClaim.locator("blockquote").textContent()).resolves.toBe(TROOPS);
    await pickSource(page, "Speaker", "Emmanuel Macron", "PERSON");
    await newClaim.getByLabel("Attribution cue in the text").fill("as reported by La Dépêche du Midi and Le Parisien");
    await newClaim.getByRole("button", { name: "Create claim" }).click();
    await page.getByRole("region", { name: "Selected claim" }).waitFor();
    await expect(page.getByTestId("directness").first().textContent()).resolves.toBe("unattributed");

    await addHop(page, {
      from: "Emmanuel Macron",
      to: "journalists from regional French newspapers",
      newTo: "EVENT",
      relation: "SAID_TO",
      firstHand: true,
    });
    await expect(page.locator(".notice").textContent()).resolves.toContain("unfinished");
    await addHop(page, {
      from: "journalists from regional French newspapers",
      to: "La Dépêche du Midi",
      newTo: "OUTLET",
      relation: "REPORTED_BY",
      firstHand: true,
    });
    await addHop(page, {
      from: "journalists from regional French newspapers",
      to: "Le Parisien",
      newTo: "OUTLET",
      relation: "REPORTED_BY",
      firstHand: true,
    });
    await addHop(page, { from: "La Dépêche du Midi", to: null, relation: "PARAPHRASED_BY", firstHand: false });
    await addHop(page, { from: "Le Parisien", to: null, relation: "PARAPHRASED_BY", firstHand: false });

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
