// One production app server and one chromium for a browser test file, started before its tests
// and stopped after them.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type AppServer, buildApp, startAppServer } from "./app-server";
import { launchBrowser } from "./browser";

export type AppAndBrowser = { server: AppServer; browser: Browser };

export function useAppAndBrowser(): AppAndBrowser {
  const context = {} as AppAndBrowser;
  beforeAll(async () => {
    buildApp();
    context.server = await startAppServer();
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}
