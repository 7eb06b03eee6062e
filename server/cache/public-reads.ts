// The signed-out reads of the public pages and the public API, kept in Next.js's data cache
// (unstable_cache: works without Cache Components, and the page stays rendered per request so
// that proxy.ts's CSP nonce stays fresh: docs/PERFORMANCE.md, docs/SECURITY.md). One tag covers
// every entry; any write that may change a public page drops them all once it has committed.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { env } from "@/server/env";
import { notePageChange } from "./page-generation";
import { listenForPublicChanges } from "./public-changes";

const PUBLIC_READS_TAG = "public-reads";

// How long an entry serves without a write of this process dropping it: env().publicCacheSeconds
// (60 s by default), the bound on staleness after a write made elsewhere (the CLI on PostgreSQL,
// another app server). Next.js re-reads an expired entry after serving it once more.

/**
 * `read()` from the cache, keyed by `name` and `input` (JSON), or run and stored. The result
 * must be JSON (a cached answer comes back parsed). Only for reads that are the same for every
 * signed-out reader: never a draft, never anything that depends on the request.
 */
export async function readThroughCache<T>(name: string, input: unknown, read: () => Promise<T>): Promise<T> {
  if (!insideNextServer()) return read();
  const outcome = await unstable_cache(() => readOutcome(read), ["public-read", name, JSON.stringify(input ?? null)], {
    tags: [PUBLIC_READS_TAG],
    revalidate: env().publicCacheSeconds,
  })();
  if ("refused" in outcome) throw new AppError(outcome.refused.code, outcome.refused.message);
  return outcome.value;
}

type ReadOutcome<T> = { value: T } | { refused: { code: AppErrorCode; message: string } };

/**
 * A refusal (an article unpublished elsewhere answers NOT_FOUND) is an answer to keep like any
 * other. Thrown, it would fail the cache's re-read after its time, and Next.js keeps
 * serving the previous entry when a re-read fails: the unpublished page would stay public on
 * every server but the one that unpublished it. Other errors (the database down) still throw.
 */
async function readOutcome<T>(read: () => Promise<T>): Promise<ReadOutcome<T>> {
  try {
    return { value: await read() };
  } catch (error) {
    if (error instanceof AppError) return { refused: { code: error.code, message: error.message } };
    throw error;
  }
}

/**
 * Next.js's data cache exists only inside its server (the compiler sets NEXT_RUNTIME there, as
 * instrumentation.ts relies on). Anything else serving the app's handlers, such as the tests'
 * route server, has no cache to read or drop, so it reads the database directly.
 */
function insideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

// Expired at once (not "max", which would serve the old page once more): a retraction must show
// on the next read. Next.js applies it when the writing route has finished, after the commit.
// The whole pages kept for signed-out readers go with it (server/cache/page-generation.ts).
listenForPublicChanges(({ action }) => {
  if (!insideNextServer()) return;
  notePageChange();
  try {
    revalidateTag(PUBLIC_READS_TAG, { expire: 0 });
  } catch (error) {
    // A write outside a request (none today) cannot roll back for this; the entry ages out.
    console.error(`claimtrail: public pages not refreshed after ${action}: ${(error as Error).message}`);
  }
});
