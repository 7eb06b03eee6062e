// PDF reports are the HTML report printed by Debian's chromium (fonts with French accents and
// curly quotes, page numbers in the footer). No browser is downloaded.
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { AppError } from "@/lib/errors";

const CHROMIUM_PATH = "/usr/bin/chromium";

// Page numbers come from the report's own @page CSS (chromium renders margin boxes).
// Each print starts a browser: a few at a time, and a short queue, or a burst of requests
// would exhaust the machine. Slots are shared fairly: one print (running or queued) per client,
// so one client cannot hold every slot, and a print that outlasts its deadline is abandoned.
const MAX_PRINTING = 2;
const MAX_WAITING = 6;
/** How long one print may take, browser start included. */
const PRINT_DEADLINE_MS = 60_000;
let printing = 0;
const waiting: Array<() => void> = [];
const clientsPrinting = new Set<string>();

/**
 * The HTML report printed to PDF (A4) for `client` (a user id or a client address; null: the
 * CLI, not counted).
 * @throws AppError RATE_LIMITED while the client has a print running or queued; UNAVAILABLE
 * when the queue is full, chromium is missing or the print outlasts PRINT_DEADLINE_MS.
 */
export async function printPdf(html: string, client: string | null): Promise<Uint8Array> {
  if (client !== null && clientsPrinting.has(client))
    throw new AppError(
      "RATE_LIMITED",
      "a PDF report of yours is being printed already; wait for it to arrive, then ask for the next",
    );
  if (printing >= MAX_PRINTING && waiting.length >= MAX_WAITING)
    throw new AppError(
      "UNAVAILABLE",
      "too many PDF reports are being printed at once; try again in a minute, or export HTML",
    );
  if (client !== null) clientsPrinting.add(client);
  try {
    if (printing >= MAX_PRINTING) await new Promise<void>((resolve) => waiting.push(resolve));
    printing++;
    try {
      return await printOne(html);
    } finally {
      printing--;
      waiting.shift()?.();
    }
  } finally {
    if (client !== null) clientsPrinting.delete(client);
  }
}

async function printOne(html: string): Promise<Uint8Array> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new AppError(
      "UNAVAILABLE",
      `PDF export needs chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium); the HTML report prints the same content`,
    );
  }
  // Loaded here, not at the top: every CLI command and server start would otherwise pay for it.
  const { chromium } = await import("playwright-core");
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
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            "UNAVAILABLE",
            `the PDF report took longer than ${PRINT_DEADLINE_MS / 1000} s to print; export fewer claims, or HTML`,
          ),
        ),
      PRINT_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([printPage(browser, html), deadline]);
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
}

async function printPage(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  // The report is self-contained; nothing may load from the network while printing.
  await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
  await page.setContent(html, { waitUntil: "load", timeout: PRINT_DEADLINE_MS });
  return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
}
