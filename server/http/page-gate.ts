// What scripts/serve.mjs asks the app before Next.js renders a page: whether the reader is
// within the per-client limit of public reads (the API's limiter and budget: a page counts as
// one read, served from the store or not), and whether the store of whole pages
// (server/cache/page-store.ts) already holds the answer. A server started with `next start`
// has no serve.mjs in front: there proxy.ts asks the same limit (`admitUncounted`) for each page
// Next.js is about to render, and a request serve.mjs passed on is not counted twice. Published
// on globalThis by the instrumentation hook: serve.mjs, proxy.ts (Node.js runtime, loaded in
// process) and the app's bundles run in one process, and the limiter, the database and the
// store's generation are the app's.
import "server-only";
import { AppError } from "@/lib/errors";
import { apiAnswerKey, apiCallsOf, isKeepableAnswer } from "@/lib/http/api-answer-request";
import { carriesSession, isKeepablePage, isPageRender, pageStoreKey } from "@/lib/http/page-request";
import { tooManyReadsPage } from "@/lib/http/too-many-reads-page";
import { pageGeneration } from "@/server/cache/page-generation";
import { createPageStore, type StoredPage } from "@/server/cache/page-store";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { countPublicRead } from "@/server/services/limits/public-read-limits";
import { cameThroughServe, clientKeyFromForwarded, requestClientKey, UNPROXIED_CLIENT } from "./request-client";

type RequestHeaders = Record<string, string | string[] | undefined>;
type Refusal = ReturnType<typeof tooManyReadsPage>;

/** The contract with scripts/serve.mjs (plain JavaScript: keep the names in step) and proxy.ts. */
export type PageGate = {
  /** Counts a page render of a signed-out reader; the 429 page to send instead, or null. */
  admit(url: string, headers: RequestHeaders): Promise<Refusal | null>;
  /**
   * For proxy.ts: the same, for a request scripts/serve.mjs did not pass on (`next start`);
   * null without counting for one it did (counted already), and when the client cannot be told
   * apart (`next start` with no trusted proxy: one key for every reader would refuse them all).
   */
  admitUncounted(url: string, headers: Headers): Promise<Refusal | null>;
  /** The store's key for this request (lib/http/page-request.ts, api-answer-request.ts), or null: render it. */
  keyOf(method: string, url: string, headers: RequestHeaders): string | null;
  lookup(key: string): StoredPage | undefined;
  /**
   * Before a stored API answer is replayed: counts each of its calls as the API would have
   * (a page was counted by admit already); false past the limit, when the API answers instead.
   */
  admitStored(url: string, headers: RequestHeaders): Promise<boolean>;
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
    admit: (url, headers) => {
      const forwarded = headers["x-forwarded-for"];
      const cookie = headers.cookie;
      return admitAs(
        url,
        Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? null),
        clientKeyFromForwarded(Array.isArray(forwarded) ? forwarded.join(", ") : (forwarded ?? null)),
      );
    },
    admitUncounted: async (url, headers) => {
      if (cameThroughServe(headers)) return null;
      const key = requestClientKey(headers);
      return key === UNPROXIED_CLIENT ? null : admitAs(url, headers.get("cookie"), key);
    },
    keyOf: (method, url, headers) => pageStoreKey(method, url, headers) ?? apiAnswerKey(method, url, headers),
    lookup: (key) => store.lookup(key),
    admitStored: (url, headers) => admitStoredAnswer(url, headers),
    begin: pageGeneration,
    keep(key, since, page) {
      if (isKeepablePage(page.status, page.headers) || isKeepableAnswer(page.status, page.headers))
        store.keep(key, since, page);
    },
  };
  (globalThis as { [GATE]?: PageGate })[GATE] = gate;
}

/** The API's own count (server/trpc/init.ts, one read per call) for a stored answer about to be replayed. */
async function admitStoredAnswer(url: string, headers: RequestHeaders): Promise<boolean> {
  const calls = apiCallsOf(url);
  const perMinute = env().publicReadsPerMinute;
  if (calls === null || perMinute === 0) return true;
  const forwarded = headers["x-forwarded-for"];
  const client = clientKeyFromForwarded(Array.isArray(forwarded) ? forwarded.join(", ") : (forwarded ?? null));
  try {
    await countPublicRead(await getDb(), client, perMinute, calls.length);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return false;
    throw error;
  }
}

async function admitAs(url: string, cookie: string | null, clientKey: string | null): Promise<Refusal | null> {
  const perMinute = env().publicReadsPerMinute;
  if (perMinute === 0 || !isPageRender(url)) return null;
  const db = await getDb();
  // A session cookie that names no session (made up to skip the limit) counts as signed out.
  if (carriesSession(cookie ?? undefined) && (await readSession(db, readCookie(cookie, SESSION_COOKIE)))) return null;
  try {
    await countPublicRead(db, clientKey, perMinute);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
    const { retryAfterSeconds } = error.details as { retryAfterSeconds: number };
    return tooManyReadsPage(error.message, retryAfterSeconds);
  }
}
