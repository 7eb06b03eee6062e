// Issue 11, example 1, in chromium: the editor shapes a suggested chain before accepting it, and
// what is saved is exactly what the preview showed; "indirect" unticked is honoured; a denial is
// proposed and saved as a denial.
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const BODY = [
  "Meridian's chief executive, Paul Okafor, told the Harbour Gazette that the company had been warned about crane maintenance, as reported by the Coastal Herald and Maritime Daily on Wednesday. Okafor said the company would cooperate fully with the review.",
  "Meridian denied that any crane had been operated unsafely.",
].join("\n\n");

async function exportText(page: Page, articleId: string, format: string): Promise<string> {
  return page.evaluate(async ([id, fmt]) => (await fetch(`/api/export?format=${fmt}&article=${id}`)).text(), [
    articleId,
    format,
  ] as const);
}

describe.skipIf(!hasChromium)("accepting suggestions", () => {
  const app = useAppAndBrowser();

  it("saves the chain the editor shaped, honours 'indirect' unticked, and keeps a denial a denial", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Sam Suggest",
      email: "sam@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);
    await page.getByLabel("Newsroom name").fill("Port Desk");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/editor\/port-desk$/);
    await page.getByLabel("Title").fill("Crane warnings");
    await page.getByRole("textbox", { name: "Text" }).fill(BODY);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/editor\/port-desk\/articles\/[0-9a-f-]{36}$/);
    const articleId = page.url().split("/").at(-1)!;

    await page.getByRole("button", { name: "Suggest claims" }).click();
    const warned = page.locator("li.suggestion", { hasText: "warned about crane maintenance" });
    await warned.waitFor();
    // Whatever the extractor proposed, its default never shows several independent lines.
    expect(Number(await warned.locator(".preview-figures").getAttribute("data-independent-paths"))).toBeLessThanOrEqual(
      1,
    );
    // Shape the chain: Okafor → Harbour Gazette → Coastal Herald / Maritime Daily → this article.
    for (const outlet of ["Harbour Gazette", "Coastal Herald", "Maritime Daily"]) {
      await warned.getByLabel(`Step of ${outlet}`).selectOption("unplaced");
    }
    await warned.getByLabel("Step of Harbour Gazette").selectOption("0");
    await warned.getByLabel("Step of Coastal Herald").selectOption("1");
    await warned.getByLabel("Step of Maritime Daily").selectOption("1");
    const shown = await warned.locator("li.preview-hop").allTextContents();
    expect(shown.map((line) => line.replace(/\s+/g, " ").trim())).toEqual([
      "Paul Okafor → Harbour Gazette (said to, first-hand, 90%)",
      "Harbour Gazette → Coastal Herald (reported by, second-hand, 75%)",
      "Harbour Gazette → Maritime Daily (reported by, second-hand, 75%)",
      "Coastal Herald → this article (paraphrased by, second-hand, 75%)",
      "Maritime Daily → this article (paraphrased by, second-hand, 75%)",
    ]);
    await expect(warned.locator(".preview-figures").getAttribute("data-independent-paths")).resolves.toBe("1");
    await warned.getByRole("button", { name: "Accept" }).click();
    await warned.waitFor({ state: "detached" });

    const cooperate = page.locator("li.suggestion", { hasText: "cooperate fully with the review" });
    await cooperate.getByLabel("indirect").uncheck();
    await expect(cooperate.locator("li.preview-hop").allTextContents()).resolves.toEqual([
      "Paul Okafor → this article (paraphrased by, first-hand, 90%)",
    ]);
    await cooperate.getByRole("button", { name: "Accept" }).click();
    await cooperate.waitFor({ state: "detached" });

    const denial = page.locator("li.suggestion", { hasText: "any crane had been operated unsafely" });
    await expect(denial.getByLabel("The speaker").inputValue()).resolves.toBe("DENIES");
    await expect(denial.locator(".claim-statement").textContent()).resolves.toBe(
      "Meridian denied that any crane had been operated unsafely.",
    );
    await denial.getByRole("button", { name: "Accept" }).click();
    await denial.waitFor({ state: "detached" });

    // What was saved is what was shown.
    const markdown = await exportText(page, articleId, "md");
    const steps = markdown
      .split("\n")
      .filter((line) => line.startsWith("  - "))
      .map((line) => line.slice(4));
    for (const line of shown) expect(steps).toContain(line.replace(/\s+/g, " ").trim());
    const rows = parse(await exportText(page, articleId, "csv"), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    const row = (words: string) => rows.find((candidate) => (candidate.quote ?? "").includes(words))!;
    expect(row("warned about crane maintenance")).toMatchObject({ independent_paths: "1", directness: "indirect" });
    expect(row("warned about crane maintenance").summary).not.toMatch(/independently corroborated by/);
    expect(row("cooperate fully")).toMatchObject({ directness: "direct", chain: "Paul Okafor → this article" });
    expect(row("any crane")).toMatchObject({
      stance: "DENIES",
      statement: "Meridian denied that any crane had been operated unsafely.",
    });
    await page.close();
  });

  it("asks who said a suggestion whose speaker is uncertain, accepts it only once a speaker is chosen, and saves it from them", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Ada Ask",
      email: "ada@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);
    await page.getByLabel("Newsroom name").fill("Quay Desk");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/editor\/quay-desk$/);
    await page.getByLabel("Title").fill("Port sale");
    await page
      .getByRole("textbox", { name: "Text" })
      .fill(
        "Mayor Ann Price met union leader Carla Diaz and port director Tom Hale on Monday.\n\n“We will not sell the port.”",
      );
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/editor\/quay-desk\/articles\/[0-9a-f-]{36}$/);
    const articleId = page.url().split("/").at(-1)!;

    await page.getByRole("button", { name: "Suggest claims" }).click();
    const quote = page.locator("li.suggestion", { hasText: "We will not sell the port" });
    await quote.waitFor();
    const question = quote.getByRole("group", { name: /Who said this\?/ });
    await expect(question.textContent()).resolves.toContain("The text does not name the speaker here.");
    await expect(question.getByRole("radio").count()).resolves.toBe(3);
    // Never shown as an unattributed claim, and not acceptable until a speaker is chosen.
    await expect(quote.locator(".chain-preview").textContent()).resolves.not.toContain("unattributed");
    await expect(quote.getByRole("button", { name: "Accept" }).isDisabled()).resolves.toBe(true);
    await question.getByRole("radio", { name: "Carla Diaz" }).check();
    await expect(quote.locator("li.preview-hop").allTextContents()).resolves.toEqual([
      "Carla Diaz → this article (quoted by, first-hand, 90%)",
    ]);
    await quote.getByRole("button", { name: "Accept" }).click();
    await quote.waitFor({ state: "detached" });
    const rows = parse(await exportText(page, articleId, "csv"), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(rows.find((row) => (row.quote ?? "").includes("sell the port"))).toMatchObject({
      chain: "Carla Diaz → this article",
    });
    await page.close();
  });
});
