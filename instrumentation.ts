// Next calls register() once when a server starts; the Node.js work lives in its own module
// so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/open-on-start");
}
