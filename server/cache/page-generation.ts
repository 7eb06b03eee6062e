// When the whole pages kept for signed-out readers (server/cache/page-store.ts) stop being
// true: a generation number every write that may change a public page moves on, and a count of
// such writes not yet answered. A page is served from the store only if it was kept in the
// current generation, and kept only if no write began or was pending while it rendered: a page
// rendered during a write's transaction may show the rows before the commit. On globalThis:
// the writes run in Next.js's route bundles, the store is read from its instrumentation bundle.
import "server-only";
import { after } from "next/server";

const KEY = Symbol.for("claimtrail.page-generation");
type Generation = { number: number; writesPending: number };

function generation(): Generation {
  const holder = globalThis as { [KEY]?: Generation };
  holder[KEY] ??= { number: 0, writesPending: 0 };
  return holder[KEY];
}

/** The current generation, taken when a page starts rendering. */
export function pageGeneration(): number {
  return generation().number;
}

/** Whether a page that began rendering at generation `since` may be kept now. */
export function mayKeepPage(since: number): boolean {
  const current = generation();
  return current.writesPending === 0 && current.number === since;
}

/**
 * Called in a write's transaction (server/cache/public-reads.ts): moves the generation on at
 * once, and again once the writing request has answered (Next.js's `after`: the transaction has
 * committed and the data cache's tag has expired by then), so nothing rendered from the rows
 * before the commit outlives it. Outside a request (no `after`), moves it on only now.
 */
export function notePageChange(): void {
  const current = generation();
  current.number += 1;
  try {
    after(() => {
      current.writesPending -= 1;
      current.number += 1;
    });
    current.writesPending += 1;
  } catch {
    // Not inside a request: nothing will answer, and nothing to wait for.
  }
}
