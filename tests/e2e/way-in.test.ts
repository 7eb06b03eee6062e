// The way into the editor, in chromium: every page's header offers "Sign in" (then "Editor"
// once signed in), and a signed-out deep link to a workspace's review queue comes back to that
// queue after signing up, not to the list of workspaces.
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

describe.skipIf(!hasChromium)("the way into the editor", () => {
  const app = useAppAndBrowser();

  it("links Sign in from every public header and keeps a deep link's target through sign-up and sign-in", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.server.url}/`);
    const account = page.getByRole("navigation", { name: "Account" });
    await expect(account.getByRole("link").allTextContents()).resolves.toEqual(["Sign in"]);
    await expect(account.getByRole("link", { name: "Sign in" }).getAttribute("href")).resolves.toBe("/signin");

    await page.goto(`${app.server.url}/editor/demo/review`);
    await page.waitForURL(/\/signin\?next=/);
    expect(new URL(page.url()).searchParams.get("next")).toBe("/editor/demo/review");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL(/\/signup\?next=/);
    await signUpAndConfirm(page, app.server, {
      name: "Dee Link",
      email: "dee@example.org",
      password: "correct horse battery",
    });
    // The first account owns the demo newsroom, so its review queue opens.
    await page.waitForURL(/\/editor\/demo\/review$/);
    await expect(account.getByRole("link").allTextContents()).resolves.toEqual(["Editor"]);

    // The workspaces list counts in words: the demo holds one article.
    await page.goto(`${app.server.url}/editor`);
    const demo = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Demo newsroom" }) });
    await expect(demo.textContent()).resolves.toMatch(/owner · 1 article$/);

    // Signed out again, every kind of page offers Sign in, and signing in (not up) keeps the deep link too.
    await page.getByRole("navigation", { name: "Editor" }).getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${app.server.url}/`);
    await expect(account.getByRole("link").allTextContents()).resolves.toEqual(["Sign in"]);
    for (const path of ["/articles/macron-coalition-of-the-willing", "/signin", "/signup"]) {
      await page.goto(`${app.server.url}${path}`);
      await expect(account.getByRole("link").allTextContents(), path).resolves.toEqual(["Sign in"]);
    }
    await page.goto(`${app.server.url}/editor/demo/review`);
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("Email").fill("dee@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/editor\/demo\/review$/);
    await expect(account.getByRole("link").allTextContents()).resolves.toEqual(["Editor"]);
  });
});
