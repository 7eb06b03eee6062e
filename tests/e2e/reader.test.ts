// What a reader sees on the public pages of the seed article, in chromium: claims marked by how
// they are sourced, the figures, a claim's chain as a diagram (on its claim page), keyboard use, narrow screens,
// pages without JavaScript, and 404s.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeAnnotationFigures, type FigureClaim } from "../support/annotation-figures";
import { repoRoot } from "../support/test-env";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";
import { artifactsDir, hasChromium, launchBrowser } from "./support/browser";

const SLUG = "macron-coalition-of-the-willing";
const TROOPS = "participating nations potentially sending several thousand troops";
/** The troops claim as reported speech: the paraphrase's whole words, the article's own inner quotation marks kept. */
const TROOPS_STATEMENT = `Emmanuel Macron said that ${TROOPS} each to “key points” within Ukraine.`;
const JOURNALISTS = "journalists from regional French newspapers";
const OUTLETS = ["La Dépêche du Midi", "Le Parisien"];

const annotation = JSON.parse(fs.readFileSync(path.join(repoRoot, "prisma", "seed", "annotation.json"), "utf8")) as {
  claims: FigureClaim[];
};
/** The figures the page should show, read from the reference annotation rather than the app. */
const expectedFigures = () => computeAnnotationFigures(annotation.claims);

async function figure(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-figure="${name}"] strong`).first().textContent());
}

/** Errors the page logs (failed hydration, React Flow warnings about its container, script errors). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function openTroops(page: Page) {
  await page.locator(".article-body a.claim", { hasText: TROOPS }).click();
  const panel = page.locator(".sourcing-panel:target");
  await panel.waitFor({ state: "visible" });
  return panel;
}

/** The troops claim's own page, where its chain is drawn (the article's panel links to it). */
async function openTroopsClaimPage(page: Page) {
  const panel = await openTroops(page);
  await page.goto(new URL((await panel.locator(".panel-links a").getAttribute("href"))!, page.url()).toString());
  const main = page.locator("main");
  // The diagram is drawn once it is on screen; on a phone it starts below the fold.
  await main.locator(".chain-diagram-frame").scrollIntoViewIfNeeded();
  await main.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 20_000 });
  return main;
}

describe("the public reader pages", () => {
  let server: AppServer;
  beforeAll(async () => {
    buildApp();
    server = await startAppServer();
  });
  afterAll(() => server?.stop());

  it("answers 404 with a readable page for an unknown article, claim or source", async () => {
    for (const address of [
      "/articles/no-such-article",
      "/claims/not-a-uuid",
      "/sources/00000000-0000-4000-8000-000000000000",
    ]) {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status, address).toBe(404);
      expect(await response.text()).toMatch(/No (article|claim|source) here/);
    }
  });

  it("serves titles and Open Graph tags, and one ClaimReview or Claim per claim page at the request's origin", async () => {
    const html = await (await fetch(`${server.url}/articles/${SLUG}`)).text();
    expect(html).toMatch(/<title>Macron on a coalition-of-the-willing[^<]*· Claimtrail<\/title>/);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toMatch(/<meta property="og:title" content="Macron on a coalition/);
    expect(html).toContain(`<meta property="og:url" content="${server.url}/articles/${SLUG}"/>`);
    expect(html).toMatch(/<meta property="og:description" content="15 claims traced/);
    // One review per page: the article page embeds none, each claim page its own.
    expect(html).not.toContain("application/ld+json");
    const claimIds = [...new Set([...html.matchAll(/href="\/claims\/([0-9a-f-]{36})"/g)].map((match) => match[1]!))];
    expect(claimIds).toHaveLength(15);
    const types: string[] = [];
    for (const id of claimIds) {
      const page = await (await fetch(`${server.url}/claims/${id}`)).text();
      const scripts = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      expect(scripts, id).toHaveLength(1);
      const jsonLd = JSON.parse(scripts[0]![1]!) as {
        "@graph": Array<{ "@type": string; "@id": string; url: string }>;
      };
      expect(jsonLd["@graph"]).toHaveLength(1);
      const [node] = jsonLd["@graph"];
      expect(node!.url).toBe(`${server.url}/claims/${id}`);
      expect(node!["@id"]).toMatch(new RegExp(`^${server.url}/claims/${id}#(claim|review)$`));
      types.push(node!["@type"]);
    }
    expect(new Set(types)).toEqual(new Set(["Claim", "ClaimReview"]));
  });

  describe.skipIf(!hasChromium)("in chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("marks every claim by its sourcing, with a legend and the figures at the top", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/articles/${SLUG}`);
      expect(await page.title()).toContain("Macron on a coalition-of-the-willing");
      const claims = page.locator(".article-body a.claim[id^='claim-']");
      expect(await claims.count()).toBe(15);

      const strengths = await claims.evaluateAll((links) => links.map((link) => link.getAttribute("data-strength")));
      const legend = page.locator(".legend li");
      expect(await legend.count()).toBe(4);
      for (const strength of ["direct", "indirect", "unattributed", "disputed"]) {
        const count = (await legend
          .locator(`xpath=self::*[@data-strength="${strength}"]`)
          .locator(".legend-count")
          .textContent())!;
        expect(count, strength).toBe(`(${strengths.filter((value) => value === strength).length})`);
      }
      // Colour is not the only signal: every highlight carries its class's letter and says its class.
      const badges = await claims.evaluateAll((links) =>
        links.map((link) => link.querySelector(".claim-badge")?.textContent),
      );
      expect(badges.every((letter) => letter && ["D", "I", "U", "!"].includes(letter))).toBe(true);
      const troops = page.locator(".article-body a.claim", { hasText: TROOPS });
      await expect(troops.getAttribute("aria-label")).resolves.toMatch(/^Claim \d+, indirect: participating nations/);

      const expected = expectedFigures();
      expect(await figure(page, "claims")).toBe(expected.claims);
      expect(await figure(page, "indirect")).toBe(expected.indirect);
      expect(await figure(page, "no-primary-record")).toBe(expected.noPrimaryRecord);
      expect(await figure(page, "single-source")).toBe(expected.singleSource);
      await expect(page.locator('[data-figure="single-source"]').textContent()).resolves.toContain(
        `of the ${expected.attributed} attributed claims`,
      );

      const exports = await page
        .locator(".exports a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(exports).toHaveLength(10);
      expect(exports).toContain(`/api/export?format=claimreview&article=${SLUG}`);
      const download = await fetch(`${server.url}/api/export?format=csv&article=${SLUG}`);
      expect(download.status).toBe(200);

      await page.screenshot({ path: path.join(artifactsDir, "reader-article.png"), fullPage: true });
      await page.close();
    });

    it("opens the troops claim: plain words, and a diagram where both outlets fan out from the one journalists node", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${server.url}/articles/${SLUG}`);
      const panel = await openTroops(page);
      expect(page.url()).toMatch(/#sourcing-/);
      // A paraphrase in the panel is reported speech, not a quotation (issue 11, example 3).
      await expect(panel.locator(".panel-quote").textContent()).resolves.toBe(TROOPS_STATEMENT);
      await expect(panel.locator(".plain-words").textContent()).resolves.toBe(
        `Reported second-hand: this article relies on ${OUTLETS.join(" and ")}, who both relied on a single unrecorded source, ${JOURNALISTS}: 2 reports of one account, not independent confirmation.`,
      );
      await expect(panel.locator(".provenance-summary").textContent()).resolves.toContain("2 reports of 1 account");
      // The chain is not on the article page: the panel links to the claim page, where it is drawn.
      expect(await panel.locator(".chain-diagram, .chain-paths").count()).toBe(0);
      await panel.locator(".panel-close").click();
      await expect(panel.isVisible()).resolves.toBe(false);

      const view = await openTroopsClaimPage(page);
      const nodes = view.locator(".react-flow__node");
      expect(await nodes.count()).toBe(5);
      const idOf = async (name: string) =>
        (await nodes
          .filter({ has: page.locator(".chain-node-name", { hasText: new RegExp(`^${name}$`) }) })
          .getAttribute("data-id"))!;
      const journalists = await idOf(JOURNALISTS);
      const outlets = await Promise.all(OUTLETS.map(idOf));
      const macron = await idOf("Emmanuel Macron");
      expect(await nodes.filter({ hasText: JOURNALISTS }).count()).toBe(1);

      const edges = view.locator(".react-flow__edge");
      expect(await edges.count()).toBe(5);
      const leaving = view.locator(`.react-flow__edge[data-source="${journalists}"]`);
      expect(await leaving.count()).toBe(2);
      const targets = await leaving.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("data-target")),
      );
      expect(targets.sort()).toEqual([...outlets].sort());
      for (const outlet of outlets) {
        await expect(
          view.locator(`.react-flow__edge[data-source="${outlet}"]`).getAttribute("data-target"),
        ).resolves.toBe("article");
      }
      await expect(
        view.locator(`.react-flow__edge[data-source="${journalists}"]`).first().getAttribute("aria-label"),
      ).resolves.toMatch(
        /^journalists from regional French newspapers to (La Dépêche du Midi|Le Parisien): reported by, second-hand, 50%$/,
      );
      const labels = await view.locator(".chain-edge-label").allTextContents();
      expect(labels).toContain("paraphrased bysecond-hand · 75%");

      const x = async (id: string) => (await view.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!.x;
      expect(await x(macron)).toBeLessThan(await x(journalists));
      expect(await x(journalists)).toBeLessThan(await x(outlets[0]!));
      expect(await x(outlets[0]!)).toBe(await x(outlets[1]!));
      expect(await x(outlets[0]!)).toBeLessThan(await x("article"));

      const chain = await view.locator(".chain-paths li").allTextContents();
      expect(chain.map((text) => text.replace(/ then /g, ""))).toEqual(
        OUTLETS.map((outlet) => `Emmanuel Macron → ${JOURNALISTS} → ${outlet} → this article`),
      );
      await view.locator(".claim-sourcing").screenshot({ path: path.join(artifactsDir, "reader-diagram.png") });

      expect(errors).toEqual([]);
      await page.close();
    });

    it("moves from claim to claim with Tab and with j / k, and closes a panel with Esc", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/articles/${SLUG}`);
      const ids = await page
        .locator(".article-body a.claim[id^='claim-']")
        .evaluateAll((links) => links.map((link) => link.id));
      const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
      await page.locator(`#${ids[0]}`).focus();
      for (const id of ids.slice(1, 5)) {
        await page.keyboard.press("Tab");
        expect(await focused()).toBe(id);
      }
      await page.keyboard.press("j");
      expect(await focused()).toBe(ids[5]);
      await page.keyboard.press("k");
      await page.keyboard.press("k");
      expect(await focused()).toBe(ids[3]);
      await page.keyboard.press("Enter");
      await page.locator(".sourcing-panel:target").waitFor({ state: "visible" });
      expect(page.url()).toContain(`#sourcing-${ids[3]!.replace(/^claim-/, "")}`);
      // Esc closes the panel, as its Close link does, and leaves the focus on the claim.
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(".sourcing-panel:target").count()).toBe(0);
      expect(page.url()).toContain(`#${ids[3]}`);
      expect(await focused()).toBe(ids[3]);
      const outline = await page.locator(`#${ids[0]}`).evaluate((link) => {
        (link as HTMLElement).focus();
        return getComputedStyle(link).outlineStyle;
      });
      expect(outline).not.toBe("none");
      await page.close();
    });

    it("gives each claim a page with its context, diagram and hops, and each source a page", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/articles/${SLUG}`);
      const panel = await openTroops(page);
      await panel.locator(".panel-links a").click();
      await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
      const claimId = page.url().split("/").at(-1)!;
      // A paraphrase is reported speech, never in quotation marks (issue 11, example 3).
      // The panel's link does not prefetch: the claim page's title arrives with its content.
      await expect
        .poll(() => page.title())
        .toMatch(/^Emmanuel Macron said that participating nations.*where it comes from · Claimtrail$/);
      expect(await page.title()).not.toMatch(/[“”"]participating/);
      await expect(page.locator(".claim-statement").textContent()).resolves.toBe(TROOPS_STATEMENT);
      await expect(page.locator(".quote-in-context mark.claim").textContent()).resolves.toContain(TROOPS);
      await expect(page.locator(".breadcrumb a").getAttribute("href")).resolves.toBe(
        `/articles/${SLUG}#claim-${claimId}`,
      );
      expect(await page.locator("table.hops tbody tr").count()).toBe(5);
      await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 20_000 });
      expect(await page.locator(".react-flow__node").count()).toBe(5);
      await page.screenshot({ path: path.join(artifactsDir, "reader-claim.png"), fullPage: true });

      await page.locator(".chain-paths a", { hasText: "Le Parisien" }).first().click();
      await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
      await expect(page.locator("h1").textContent()).resolves.toBe("Le Parisien");
      await expect(page.locator(".source-kind").textContent()).resolves.toBe("News outlet");
      expect(await page.locator(".source-claims li").count()).toBe(5);
      await expect(page.locator(".source-claims li").first().textContent()).resolves.toContain("passes the claim on");
      await page.screenshot({ path: path.join(artifactsDir, "reader-source.png"), fullPage: true });

      await page.goto(`${server.url}/articles/${SLUG}#claim-${claimId}`);
      await expect(page.evaluate(() => document.querySelector(":target")?.textContent)).resolves.toContain(TROOPS);
      await page.close();
    });

    it("fits a 390px-wide screen", async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      await page.goto(`${server.url}/articles/${SLUG}`);
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(artifactsDir, "reader-article-390.png"), fullPage: false });
      await openTroops(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      const view = await openTroopsClaimPage(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await view.locator(".react-flow__node").count()).toBe(5);
      // Too wide to read at this size: the diagram keeps readable labels and scrolls sideways by itself.
      const frame = view.locator(".chain-diagram-frame");
      expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(frame.getAttribute("aria-label")).resolves.toContain("scrolls sideways");
      await view.locator(".claim-sourcing").screenshot({ path: path.join(artifactsDir, "reader-diagram-390.png") });
      await page.close();
    });

    it("reads without JavaScript: text, figures, and a claim's sourcing in words", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/articles/${SLUG}`);
      expect(await page.locator(".article-body a.claim[id^='claim-']").count()).toBe(15);
      expect(await figure(page, "indirect")).toBe(expectedFigures().indirect);
      expect(await page.locator("ol.claims > li .provenance-summary").count()).toBe(15);
      await page.locator(".article-body a.claim", { hasText: TROOPS }).click();
      const panel = page.locator(".sourcing-panel:target");
      await panel.waitFor({ state: "visible" });
      await expect(panel.locator(".plain-words").textContent()).resolves.toContain(
        "who both relied on a single unrecorded source",
      );
      // The chain, written out, is one plain link away.
      await panel.locator(".panel-links a").click();
      await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
      expect(await page.locator(".chain-paths li").count()).toBe(2);
      await context.close();
    });
  });
});
