#!/usr/bin/env node
// Serves the built app as `next start` would, but records each connection's address: Next.js 16
// fills X-Forwarded-For from the socket only when the request has none (`??=` in its
// base-server), so a client talking to it directly could choose its own address and escape the
// per-client limits (issue 13). Like a proxy hop, this appends the address it saw; the app then
// counts CLAIMTRAIL_TRUSTED_PROXIES hops back from the end (lib/http/client-address.ts), and
// trusts that entry only on requests carrying this process's secret (server/http/request-client.ts).
// Before Next.js renders a page it asks the app's page gate (server/http/page-gate.ts) whether the
// signed-out reader is within the per-client limit, and answers from the store of whole pages
// (and of the API's shareable answers) when it can (docs/PERFORMANCE.md, "Whole pages from the store").
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { recordResponse, replayPage, sendPage } from "./serve/page-replay.mjs";
import { markForSharedCaches } from "./serve/shared-cache-headers.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname;

// Recorded in the data folder's lock, so `claimtrail` read commands find this server on any port.
const host = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
process.env.CLAIMTRAIL_SERVER_URL ??= `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

// The app reads it from the same process; a client cannot know it, so cannot pose as this server.
const VIA_HEADER = "x-claimtrail-via";
const secret = randomBytes(32).toString("base64url");
globalThis[Symbol.for("claimtrail.serve-secret")] = secret;
const pageGate = () => globalThis[Symbol.for("claimtrail.page-gate")];

const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
const server = http.createServer((request, response) => {
  const seen = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${seen}` : seen;
  request.headers[VIA_HEADER] = secret;
  markForSharedCaches(request, response);
  answerBeforeRendering(request, response)
    .catch((error) => {
      console.error(`claimtrail: page gate failed, rendering the page: ${error?.message ?? error}`);
      return false;
    })
    .then((answered) => answered || handle(request, response));
});

/**
 * The limit first (a stored page counts too), then the store (a stored API answer counts its
 * calls; past the limit the API answers, with its own refusal); true when one of them answered.
 * Otherwise Next.js renders the page or the answer, recorded for the store when it may be kept.
 */
async function answerBeforeRendering(request, response) {
  const gate = pageGate();
  if (!gate) return false;
  const refusal = await gate.admit(request.url, request.headers);
  if (refusal) {
    sendPage(refusal, request, response);
    return true;
  }
  const key = gate.keyOf(request.method, request.url, request.headers);
  if (key === null) return false;
  const stored = gate.lookup(key);
  if (stored && (await gate.admitStored(request.url, request.headers))) {
    replayPage(stored, request, response);
    return true;
  }
  const since = gate.begin();
  if (request.method === "GET") recordResponse(response, (page) => gate.keep(key, since, page));
  return false;
}

server.listen(port, hostname, () => console.log(`claimtrail: listening on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => server.close(() => app.close().then(() => process.exit(0))));
