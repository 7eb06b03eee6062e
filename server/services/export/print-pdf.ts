// PDF reports are the HTML report printed by Debian's chromium (fonts with French accents and
// curly quotes, page numbers in the footer). No browser is downloaded.
import fs from "node:fs";
import { chromium } from "playwright-core";
import { AppError } from "@/lib/errors";

const CHROMIUM_PATH = "/usr/bin/chromium";

// Page numbers come from the report's own @page CSS (chromium renders margin boxes).
// Each print starts a browser: a few at a time, and a short queue, or a burst of requests
// would exhaust the machine.
const MAX_PRINTING = 2;
const MAX_WAITING = 6;
let printing = 0;
const waiting: Array<() => void> = [];

export async function printPdf(html: string): Promise<Uint8Array> {
  if (printing >= MAX_PRINTING) {
    if (waiting.length >= MAX_WAITING)
      throw new AppError(
        "UNAVAILABLE",
        "too many PDF reports are being printed at once; try again in a minute, or export HTML",
      );
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  printing++;
  try {
    return await printOne(html);
  } finally {
    printing--;
    waiting.shift()?.();
  }
}

async function printOne(html: string): Promise<Uint8Array> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new AppError(
      "UNAVAILABLE",
      `PDF export needs chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium); the HTML report prints the same content`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
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
