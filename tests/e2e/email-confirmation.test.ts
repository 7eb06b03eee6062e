// Confirming an address in chromium (issue 13, "Enumeration"): the mailed link opens a page that
// confirms nothing until its button is pressed (a mail scanner following the link leaves it
// working), sign-in waits for it, a used link says so and offers the mail again, and signing up
// with a confirmed address answers as for a new one.
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./support/app-and-browser";
import { hasChromium } from "./support/browser";
import { confirmationLinkTo } from "./support/confirm-sign-up";

describe.skipIf(!hasChromium)("confirming an address", () => {
  const app = useAppAndBrowser();

  it("confirms only on the button's POST, once; a used link offers the mail again", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.server.url}/signup`);
    await page.getByLabel("Name").fill("Fay Mail");
    await page.getByLabel("Email").fill("fay@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(/^check your mail/);
    const link = await confirmationLinkTo(app.server, "fay@example.org");

    // Not confirmed yet: sign-in says so (to whoever has the password) and offers the mail again.
    await page.goto(`${app.server.url}/signin`);
    await page.getByLabel("Email").fill("fay@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /^confirm your address first/ })
      .waitFor();
    await expect(page.getByRole("button", { name: "Send the mail again" }).isVisible()).resolves.toBe(true);
    expect(link.startsWith(`${app.server.url}/confirm?token=`)).toBe(true);

    // A scanner's visits, with no cookie: the link still works after them.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(link);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Confirm my address");
    }
    const reader = await app.browser.newPage();
    await reader.goto(link);
    // The page names the address and asks for the sign-up's password: another one is refused.
    await expect(reader.getByRole("main").textContent()).resolves.toContain("This link confirms fay@example.org");
    await reader.getByLabel("Password").fill("not the password");
    await reader.getByRole("button", { name: "Confirm my address" }).click();
    await reader
      .getByRole("alert")
      .filter({ hasText: /^this is not the password chosen when signing up with this address/ })
      .waitFor();
    await reader.getByLabel("Password").fill("correct horse battery");
    await reader.getByRole("button", { name: "Confirm my address" }).click();
    await reader.waitForURL(/\/editor$/);
    await expect(reader.getByRole("navigation", { name: "Editor" }).textContent()).resolves.toContain(
      "Signed in as Fay Mail",
    );

    await reader.goto(link);
    await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This link no longer works");
    await reader.getByLabel("Email").fill("fay@example.org");
    await reader.getByRole("button", { name: "Send the mail again" }).click();
    await expect(reader.getByRole("status").textContent()).resolves.toMatch(/^check your mail/);

    // Signing up again with the confirmed address answers as for any address.
    await page.goto(`${app.server.url}/signup`);
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill("fay@example.org");
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Check your mail" }).waitFor();
  });
});
