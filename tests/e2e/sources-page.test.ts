// The sources page in chromium: an editor adds a source from the list, renames it (the old name
// stays as another name, and adding it again leads to the renamed source), is refused a name
// another source has, and, once a claim's chain passes through it, sees that claim and its
// article under "Where it is used", each linked.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { artifactsDir, hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const DEMO_SLUG = "macron-coalition-of-the-willing";

describe.skipIf(!hasChromium)("the sources page", () => {
  const app = useAppAndBrowser();

  it("adds a source, renames it keeping the old name, and shows where it is used", async ({ onTestFailed }) => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    onTestFailed(() =>
      page
        .screenshot({ path: path.join(artifactsDir, "sources-page-failure.png"), fullPage: true })
        .then(() => undefined),
    );
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Robin Editor",
      email: "robin@example.org",
      password: "correct horse battery",
    });
    await page.waitForURL(/\/editor$/);

    await page.goto(`${app.server.url}/editor/demo/sources`);
    const add = page.getByRole("form", { name: "Add a source" });
    await add.getByLabel("Name").fill("Agence France Presse");
    await add.getByLabel("Type").selectOption("OUTLET");
    await add.getByRole("button", { name: "Add source" }).click();
    await page.waitForURL(/\/editor\/demo\/sources\/[0-9a-f-]{36}$/);
    const sourceId = page.url().split("/").at(-1)!;
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Agence France Presse");
    await expect(page.locator("#uses-heading + p").textContent()).resolves.toBe(
      "No claim uses Agence France Presse yet.",
    );

    const rename = page.getByRole("form", { name: "Rename the source" });
    const openRename = async () => {
      if (!(await rename.isVisible())) await page.locator("summary", { hasText: "Rename" }).click();
    };
    await openRename();
    await rename.getByLabel("New name").fill("AFP");
    await rename.getByRole("button", { name: "Rename" }).click();
    await page.getByRole("heading", { level: 1, name: "AFP" }).waitFor({ timeout: 15_000 });
    await page
      .getByRole("list", { name: "Other names of AFP" })
      .getByText("Agence France Presse", { exact: true })
      .waitFor();

    // A name another source has is refused, saying which source has it.
    await openRename();
    await rename.getByLabel("New name").fill("Le Parisien");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(rename.getByRole("alert").textContent()).resolves.toBe(
      "“Le Parisien” already names another source of this workspace, Le Parisien; pick another name, or merge Le Parisien into AFP if they are the same",
    );
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("AFP");

    // The old name still finds the source: adding it again leads there instead of to a second one.
    await page.goto(`${app.server.url}/editor/demo/sources`);
    await add.getByLabel("Name").fill("agence france-presse");
    await add.getByRole("button", { name: "Add source" }).click();
    const found = add.getByRole("status");
    await expect(found.textContent()).resolves.toBe(
      "“agence france-presse” already finds AFP; no second source was added.",
    );
    await expect(found.getByRole("link", { name: "AFP" }).getAttribute("href")).resolves.toBe(
      `/editor/demo/sources/${sourceId}`,
    );

    // The demo's unattributed claim gets a hop from AFP to this article, as the chain builder would add it.
    const trpc = (procedure: string, input?: unknown) =>
      `${app.server.url}/api/trpc/${procedure}${input ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
    const article = (await (await page.request.get(trpc("sourcing.article", { slug: DEMO_SLUG }))).json()) as {
      result: {
        data: {
          article: { id: string; title: string };
          claims: Array<{ id: string; version: number; quote: string; provenance: { directness: string } }>;
        };
      };
    };
    const { claims, article: demo } = article.result.data;
    const claim = claims.find((candidate) => candidate.provenance.directness === "unattributed")!;
    const added = await page.request.post(trpc("editing.addHop"), {
      data: {
        claimId: claim.id,
        claimVersion: claim.version,
        fromSourceId: sourceId,
        toSourceId: null,
        relation: "REPORTED_BY",
        firstHand: false,
        confidence: 0.8,
      },
    });
    expect(added.status()).toBe(200);

    await found.getByRole("link", { name: "AFP" }).click();
    await page.waitForURL(`${app.server.url}/editor/demo/sources/${sourceId}`);
    await expect(page.locator("#uses-heading + p").textContent()).resolves.toBe("AFP is used by 1 claim in 1 article.");
    const articles = page.getByRole("list", { name: "Articles using AFP" });
    await expect(articles.getByRole("link").allTextContents()).resolves.toEqual([demo.title]);
    await expect(articles.getByRole("link").getAttribute("href")).resolves.toBe(`/editor/demo/articles/${demo.id}`);
    const uses = page.getByRole("list", { name: "Claims using AFP" });
    await expect(uses.getByRole("listitem").count()).resolves.toBe(1);
    await expect(uses.textContent()).resolves.toContain("AFP passes it on");
    await expect(page.locator("h1 + p .meta").textContent()).resolves.toBe(" · in 1 claim, 1 hop");
    await expect(page.getByText("Evidence of the 1 hop through AFP").count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, "sources-page-where-used.png"), fullPage: true });
    await page.goto(`${app.server.url}/editor/demo/sources?q=AFP`);
    await expect(page.locator("main > p.meta").nth(1).textContent()).resolves.toBe("1 source matching “AFP”");
    await page.goBack();
    await uses.getByRole("link").click();
    await page.waitForURL(`${app.server.url}/editor/demo/review/${claim.id}`);
    await page.close();
  });
});
