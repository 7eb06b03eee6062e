// The production server's edges as a browser meets them: security headers on pages and API
// responses, a nonce-based policy under which the pages still run (no script blocked), an
// Origin check on writes, sign-in that sends a person back only to this site, and signing out on
// every device at once.
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { hasChromium } from "./support/browser";
import { signUpAndConfirm } from "./support/confirm-sign-up";

const SLUG = "macron-coalition-of-the-willing";

describe("security edges of the running app", () => {
  const app = useAppAndBrowser();

  it("sends the security headers with pages and API responses, a fresh nonce per rendering", async () => {
    // The sign-in form is rendered for each request; a public page may come from the store of
    // whole pages, with the nonce of its one rendering (docs/SECURITY.md).
    const first = await fetch(`${app.server.url}/signin`);
    const second = await fetch(`${app.server.url}/signin`);
    const stored = await fetch(`${app.server.url}/articles/${SLUG}`);
    for (const response of [first, second, stored]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toMatch(
        /script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/,
      );
    }
    const nonceOf = (response: Response) =>
      /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1];
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(await first.text()).toContain(`nonce="${nonceOf(first)}"`);
    expect(await stored.text()).toContain(`nonce="${nonceOf(stored)}"`);

    const api = await fetch(`${app.server.url}/api/trpc/articles.list`);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("content-security-policy")).toMatch(/default-src 'none'; frame-ancestors 'none'/);
  });

  it("sends them with every other answer too: 404s, refusals, plain routes, badly encoded addresses", async () => {
    const answers: [string, RequestInit?][] = [
      ["/no-such-page"],
      ["/articles/no-such-article"],
      ["/api/no-such-route"],
      ["/api/trpc/no.such"],
      ["/api/trpc/articles.list?input=%7B"],
      [`/api/export?article=${SLUG}&format=csv`],
      ["/api/export?format=nonsense"],
      ["/api/snapshots/00000000-0000-0000-0000-000000000000"],
      ["/api/articles/no-such/revisions", { method: "POST", body: "{}" }],
      ["/api/workspaces/demo/imports", { method: "POST", body: "{}" }],
      ["/articles/%ff"],
      ["/api/trpc/%ff"],
      ["/favicon.ico"],
      ["/_next/static/no-such-file.js"],
    ];
    for (const [address, init] of answers) {
      const response = await fetch(`${app.server.url}${address}`, init);
      await response.arrayBuffer();
      expect(response.headers.get("x-content-type-options"), address).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), address).toBe("DENY");
      expect(response.headers.get("referrer-policy"), address).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("content-security-policy"), address).toMatch(/frame-ancestors 'none'/);
      if (!response.headers.get("content-security-policy")!.includes("'nonce-"))
        expect(response.headers.get("content-security-policy"), address).toMatch(/default-src 'none'/);
    }
  });

  it("refuses a write posted from a page of another origin (another port), and takes one from its own", async () => {
    const post = (origin: string | null) =>
      fetch(`${app.server.url}/api/trpc/auth.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify({ email: "nobody@example.org", password: "not the password" }),
      });
    const otherPort = new URL(app.server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    expect((await post(otherPort.origin)).status).toBe(403);
    expect((await post("https://elsewhere.example")).status).toBe(403);
    expect((await post(app.server.url)).status).toBe(401);
    expect((await post(null)).status).toBe(401);
  });

  describe.skipIf(!hasChromium)("in chromium", () => {
    it("runs the pages under the policy: nothing blocked, the reader's diagram and the sign-in form work", async () => {
      const page = await app.browser.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${app.server.url}/articles/${SLUG}`);
      await page.locator(".article-body a.claim").first().waitFor();
      await page.goto(`${app.server.url}/signup`);
      await signUpAndConfirm(page, app.server, {
        name: "Sam Secure",
        email: "sam@example.org",
        password: "a long enough password",
      });
      await page.waitForURL(/\/editor$/);
      expect(violations).toEqual([]);
      await page.close();
    });

    it("sends a person back to this site only, whatever ?next= says", async () => {
      const page = await app.browser.newPage();
      await page.goto(`${app.server.url}/signin?next=${encodeURIComponent("/.//other-host/x")}`);
      await page.getByLabel("Email").fill("sam@example.org");
      await page.getByLabel("Password").fill("a long enough password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => url.pathname.startsWith("/other-host") || url.pathname === "/editor");
      expect(new URL(page.url()).origin).toBe(app.server.url);
      await page.close();
    });

    it("signs a person out on every device from one of them", async () => {
      const devices = [await app.browser.newContext(), await app.browser.newContext()];
      const pages = [];
      for (const device of devices) {
        const page = await device.newPage();
        await page.goto(`${app.server.url}/signin`);
        await page.getByLabel("Email").fill("sam@example.org");
        await page.getByLabel("Password").fill("a long enough password");
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL(/\/editor$/);
        pages.push(page);
      }
      const [laptop, phone] = pages as [(typeof pages)[0], (typeof pages)[0]];
      phone.once("dialog", (dialog) => void dialog.accept());
      await phone.getByRole("button", { name: "Sign out everywhere" }).click();
      await phone.waitForURL(/\/signin/);
      await laptop.goto(`${app.server.url}/editor`);
      await laptop.waitForURL(/\/signin\?next=/);
      for (const device of devices) await device.close();
    });
  });
});
