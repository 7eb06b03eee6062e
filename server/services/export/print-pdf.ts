// PDF reports are the HTML report printed by Debian's chromium (fonts with French accents and
// curly quotes, page numbers in the footer). No browser is downloaded.
import fs from "node:fs";
import { chromium } from "playwright-core";
import { AppError } from "@/lib/errors";

export const CHROMIUM_PATH = "/usr/bin/chromium";

// Page numbers come from the report's own @page CSS (chromium renders margin boxes).
export async function printPdf(html: string): Promise<Uint8Array> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new AppError("UNAVAILABLE", `PDF export needs chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium); the HTML report prints the same content`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    // The report is self-contained; nothing may load from the network while printing.
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
    });
  } finally {
    await browser.close();
  }
}
