// API tokens on the workspaces page, and on the webhook of the running server: a person creates a
// token limited to one workspace, sees it listed (never its value again), the webhook refuses it
// for an article of another of their workspaces with the very answer an unknown article gets, and
// revoking it in the list stops it at once.
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const SLUG = "macron-coalition-of-the-willing";

describe.skipIf(!hasChromium)("API tokens in the running app", () => {
  const app = useAppAndBrowser();

  function postRevision(article: string, token: string) {
    return fetch(`${app.server.url}/api/articles/${article}/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ body: "A corrected text." }),
    });
  }

  it("creates a token scoped to one workspace, lists it, refuses it elsewhere as 'not there', and revokes it", async () => {
    const page = await app.browser.newPage();
    // The first account of the installation owns the demo newsroom and its article.
    await page.goto(`${app.server.url}/signup`);
    await signUpAndConfirm(page, app.server, {
      name: "Tia Token",
      email: "tia@example.org",
      password: "a long enough password",
    });
    await page.waitForURL(/\/editor$/);
    await page.getByLabel("Newsroom name").fill("Tia Desk");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/editor\/tia-desk$/);
    await page.goto(`${app.server.url}/editor`);
    await expect(page.getByText("You have no API tokens.").isVisible()).resolves.toBe(true);

    await page.getByLabel("Token name").fill("Desk CMS");
    await page.getByLabel("Works in").selectOption({ label: "Tia Desk only" });
    await page.getByRole("button", { name: "Create an API token" }).click();
    const token = (await page.locator("code.token").textContent())!;
    expect(token).toMatch(/^ctk_/);
    const row = page.getByRole("row", { name: "API token Desk CMS" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Tia Desk");
    expect(await row.textContent()).toContain("never");
    await page.reload();
    expect(await page.content()).not.toContain(token);

    const demo = await postRevision(SLUG, token);
    const unknown = await postRevision("no-such-article-k7mq2x9d", token);
    expect(demo.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await demo.json()).toEqual(await unknown.json());

    await page.getByRole("button", { name: "Revoke Desk CMS" }).click();
    await page.getByText("You have no API tokens.").waitFor();
    expect((await postRevision(SLUG, token)).status).toBe(401);
    await page.close();
  });
});
