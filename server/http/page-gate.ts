// What scripts/serve.mjs asks the app before Next.js renders a page: whether the reader is
// within the per-client limit of public reads (the API's limiter and budget: a page counts as
// one read, served from the store or not), and whether the store of whole pages
// (server/cache/page-store.ts) already holds the answer. Published on globalThis by the
// instrumentation hook: serve.mjs and the app's bundles run in one process, and the limiter,
// the database and the store's generation are the app's.
import "server-only";
import { AppError } from "@/lib/errors";
import { carriesSession, isKeepablePage, isPageRender, pageStoreKey } from "@/lib/http/page-request";
import { tooManyReadsPage } from "@/lib/http/too-many-reads-page";
import { pageGeneration } from "@/server/cache/page-generation";
import { createPageStore, type StoredPage } from "@/server/cache/page-store";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { countPublicRead } from "@/server/services/limits/public-read-limits";
import { clientKeyFromForwarded } from "./request-client";

type RequestHeaders = Record<string, string | string[] | undefined>;
type Refusal = ReturnType<typeof tooManyReadsPage>;

/** The contract with scripts/serve.mjs (plain JavaScript: keep the names in step). */
type PageGate = {
  /** Counts a page render of a signed-out reader; the 429 page to send instead, or null. */
  admit(url: string, headers: RequestHeaders): Promise<Refusal | null>;
  /** The store's key for this request (lib/http/page-request.ts), or null: render it. */
  keyOf(method: string, url: string, headers: RequestHeaders): string | null;
  lookup(key: string): StoredPage | undefined;
  /** The generation a render starts in, handed back to keep(). */
  begin(): number;
  /** Keeps the answer recorded under `key` if it is a public page and nothing changed meanwhile. */
  keep(key: string, since: number, page: StoredPage): void;
};

const GATE = Symbol.for("claimtrail.page-gate");

/** Publishes the gate for scripts/serve.mjs. */
export function openPageGate(): void {
  const store = createPageStore(env().publicCacheSeconds);
  const gate: PageGate = {
    admit,
    keyOf: pageStoreKey,
    lookup: (key) => store.lookup(key),
    begin: pageGeneration,
    keep(key, since, page) {
      if (isKeepablePage(page.status, page.headers)) store.keep(key, since, page);
    },
  };
  (globalThis as { [GATE]?: PageGate })[GATE] = gate;
}

async function admit(url: string, headers: RequestHeaders): Promise<Refusal | null> {
  const perMinute = env().publicReadsPerMinute;
  if (perMinute === 0 || !isPageRender(url)) return null;
  const db = await getDb();
  // A session cookie that names no session (made up to skip the limit) counts as signed out.
  if (carriesSession(headers.cookie)) {
    const cookie = Array.isArray(headers.cookie) ? headers.cookie.join("; ") : headers.cookie;
    if (await readSession(db, readCookie(cookie ?? null, SESSION_COOKIE))) return null;
  }
  const forwarded = headers["x-forwarded-for"];
  try {
    await countPublicRead(
      db,
      clientKeyFromForwarded(Array.isArray(forwarded) ? forwarded.join(", ") : (forwarded ?? null)),
      perMinute,
    );
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
    const { retryAfterSeconds } = error.details as { retryAfterSeconds: number };
    return tooManyReadsPage(error.message, retryAfterSeconds);
  }
}
