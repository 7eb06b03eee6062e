// Next calls register() once when a server starts; the Node.js work lives in its own module
// so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./server/open-on-start");
    // The per-client page limit and the store of whole pages that scripts/serve.mjs consults.
    (await import("./server/http/page-gate")).openPageGate();
  }
}
