// Debian's chromium driven by playwright-core; no browser is ever downloaded. Where chromium is
// absent, browser tests skip with a visible notice (.ci/run installs it, so CI runs them).
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { repoRoot } from "../../support/test-env";

const CHROMIUM_PATH = "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM_PATH);
if (!hasChromium)
  console.warn(`\n*** Browser tests SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium) ***\n`);

export const artifactsDir = path.join(repoRoot, "test-artifacts");

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
