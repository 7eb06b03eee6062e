#!/usr/bin/env node
// Serves the built app as `next start` would, but records each connection's address: Next.js 16
// fills X-Forwarded-For from the socket only when the request has none (`??=` in its
// base-server), so a client talking to it directly could choose its own address and escape the
// per-client limits (issue 13). Like a proxy hop, this appends the address it saw; the app then
// counts CLAIMTRAIL_TRUSTED_PROXIES hops back from the end (lib/http/client-address.ts).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname;

// Recorded in the data folder's lock, so `claimtrail` read commands find this server on any port.
const host = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
process.env.CLAIMTRAIL_SERVER_URL ??= `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
const server = http.createServer((request, response) => {
  const seen = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${seen}` : seen;
  varyByCookie(response);
  handle(request, response);
});

// A signed-in reader's page differs from a signed-out one's (drafts of their workspaces, the
// editor's link), so a shared cache must key its copies by the Cookie header (proxy.ts marks
// the public ones). Next.js sets its own Vary on pages, replacing any set before it, so Cookie is
// added here, when the headers go out.
function varyByCookie(response) {
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    const vary = String(response.getHeader("vary") ?? "");
    if (!/\bcookie\b/i.test(vary)) response.setHeader("vary", vary ? `${vary}, Cookie` : "Cookie");
    return writeHead.apply(this, args);
  };
}
server.listen(port, hostname, () => console.log(`claimtrail: listening on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => server.close(() => app.close().then(() => process.exit(0))));
