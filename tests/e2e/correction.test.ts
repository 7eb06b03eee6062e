// A correction in the browser: the demo newsroom's owner fixes a typo before the troops claim
// and rewrites one quoted sentence; the troops claim follows its words, the rewritten claim is
// flagged for review with its old and new words, and the editor accepts the new words. Readers
// then see a correction notice dated when the version was recorded, and a source's retraction
// note in the panel of each claim that rests on it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const seed = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").trimEnd();
const OLD_QUOTE =
  "“Ukraine is sovereign. If it asks for Allied forces to be on its territory, it’s not up to Russia to accept or not,”";
const NEW_QUOTE =
  "“Ukraine is a sovereign country. If it asks for allied forces on its soil, it is not for Russia to accept or refuse,”";
const RETRACTION_NOTE = "Le Parisien withdrew its report of the call on 2 April.";
const corrected = seed
  .replace("has elaborated on potential roles", "has elaborated on the potential roles")
  .replace(OLD_QUOTE, NEW_QUOTE);

describe.skipIf(!hasChromium)("an editor corrects the seed article", () => {
  const app = useAppAndBrowser();

  it("keeps the troops claim on its words and flags the rewritten quote", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Sam Standards",
      email: "sam@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);

    await page.getByRole("link", { name: "Demo newsroom" }).click();
    await page.getByRole("link", { name: /coalition-of-the-willing/ }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);

    await page.getByText("Correct the text").click();
    const form = page.getByRole("form", { name: "Correct the text" });
    // Pasted with Windows line ends and a trailing blank line: stored with LF, trimmed.
    await form.getByLabel("Text").fill(`${corrected.replaceAll("\n", "\r\n")}\r\n\r\n`);
    // The note is for the newsroom; readers see the changed passages on a dated notice.
    expect(await form.textContent()).toContain("internal note, newsroom only");
    expect(await form.textContent()).toContain(
      "readers see a dated correction notice on its page with the changed passages, old and new words",
    );
    await form.getByLabel("What changed").fill("typo before the troops claim; quote corrected");
    await form.getByRole("button", { name: /Save as version 2/ }).click();
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 15_000 }).toContain("1 needs review");
    // The form now holds version 2 as saved, ready for the next correction, with an empty note.
    await page.getByRole("button", { name: /Save as version 3/ }).waitFor({ timeout: 15_000 });
    expect(await form.getByLabel("Text").inputValue()).toBe(corrected);
    expect(await form.getByLabel("What changed").inputValue()).toBe("");

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
    const recorded = (await page.getByRole("heading", { name: /^Version 2/ }).textContent())?.match(
      /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
    )?.[0];
    expect(recorded).toBeDefined();

    // Le Parisien is retracted with a note for readers, from the panel of a claim resting on it.
    await page.goBack();
    await page.locator(".annotator-text mark", { hasText: "approval from Moscow" }).click();
    const standing = page.getByRole("group").filter({ hasText: "Correct or retract Le Parisien" });
    await standing.getByText("Correct or retract Le Parisien").click();
    await standing.getByLabel("New standing").selectOption("RETRACTED");
    await standing.getByRole("button", { name: "See affected claims" }).click();
    await standing.getByLabel("Note for readers").fill(RETRACTION_NOTE);
    await standing.getByRole("button", { name: "Confirm: mark retracted" }).click();
    await standing
      .getByRole("button", { name: "Confirm: mark retracted" })
      .waitFor({ state: "detached", timeout: 15_000 });
    await page.close();

    // A reader, signed out, sees the correction dated when version 2 was recorded.
    const reader = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await reader.goto(`${app.server.url}/articles/macron-coalition-of-the-willing`);
    const notice = reader.getByRole("region", { name: "Correction" });
    const date = notice.locator("time");
    expect(await date.getAttribute("datetime")).toMatch(new RegExp(`^${recorded!.replace(" ", "T")}`));
    expect(await date.textContent()).toBe(recorded!.slice(0, 10));
    const text = await notice.textContent();
    expect(text).toContain("Corrected on");
    expect(text).toContain(
      "Was: Macron has elaborated on potential roles for a Now: Macron has elaborated on the potential roles for a",
    );
    expect(text).toContain("Ukraine is a sovereign country");
    expect(text).not.toContain("typo before the troops claim");
    await reader.screenshot({ path: path.join(artifactsDir, "correction-reader-notice.png"), fullPage: true });

    // The retraction's note shows in the panel of each claim resting on Le Parisien, and only there.
    const panel = (words: string) => reader.locator(".sourcing-panel", { hasText: words });
    expect(await panel("approval from Moscow").locator(".standing-note").textContent()).toBe(
      `Le Parisien was retracted. Claims that rest on it no longer count it as support. ${RETRACTION_NOTE}`,
    );
    expect(await panel("Starmer confronted").locator(".standing-note").count()).toBe(0);

    // The claim's own page says the same to a reader who arrives there directly.
    const claimPage = async (words: string) => {
      const id = await panel(words).getAttribute("data-claim-id");
      await reader.goto(`${app.server.url}/claims/${id}`);
      return reader.locator("main .standing-note");
    };
    expect(await (await claimPage("approval from Moscow")).allTextContents()).toEqual([
      `Le Parisien was retracted. Claims that rest on it no longer count it as support. ${RETRACTION_NOTE}`,
    ]);
    await reader.goto(`${app.server.url}/articles/macron-coalition-of-the-willing`);
    expect(await (await claimPage("Starmer confronted")).count()).toBe(0);
    await reader.close();

    // Without JavaScript the claim page's diagram box says so and the chain is written out below it.
    const plain = await app.browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${app.server.url}/articles/macron-coalition-of-the-willing`);
    const starmerId = await noScript
      .locator(".sourcing-panel", { hasText: "Starmer confronted" })
      .getAttribute("data-claim-id");
    await noScript.goto(`${app.server.url}/claims/${starmerId}`);
    const starmer = noScript.locator("main");
    expect(await starmer.locator(".chain-diagram").textContent()).toBe(
      "The diagram needs JavaScript; the chain is written out below it, path by path.",
    );
    expect(await starmer.locator(".chain-diagram + *").textContent()).toContain("Keir Starmer");
    await plain.close();
  });
});
