// The per-client sign-in limit on the production server as `npm start` runs it (issue 13: a
// client that wrote its own X-Forwarded-For got a fresh allowance each time). Without a trusted
// proxy the connection's own address counts, whatever the header says; with
// CLAIMTRAIL_TRUSTED_PROXIES=1 the entry the proxy appended counts. Started with `next start`
// itself (not through scripts/serve.mjs) and no trusted proxy, the server cannot tell a client's
// X-Forwarded-For from the connection's address: every client shares one limit, and the server
// says why once (behind a trusted proxy, `next start` counts the proxy's entry: page-limits.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";

// A different email each time, so only the per-client limit (30 a minute) can refuse.
let sent = 0;
function signIn(server: AppServer, forwardedFor: string, extraHeaders: Record<string, string> = {}) {
  sent += 1;
  return fetch(`${server.url}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, ...extraHeaders },
    body: JSON.stringify({ email: `nobody${sent}@example.org`, password: "a guess" }),
  });
}

describe("the client address behind forged X-Forwarded-For headers", () => {
  let direct: AppServer;
  let proxied: AppServer;
  let unproxied: AppServer;
  beforeAll(async () => {
    buildApp();
    direct = await startAppServer();
    proxied = await startAppServer(undefined, { CLAIMTRAIL_TRUSTED_PROXIES: "1" });
    unproxied = await startAppServer(undefined, {}, "next start");
  });
  afterAll(async () => {
    await direct?.stop();
    await proxied?.stop();
    await unproxied?.stop();
  });

  it("limits 35 sign-ins from one connection, each with a different forged address, after 30", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 35; attempt++)
      statuses.push((await signIn(direct, `198.51.100.${attempt}`)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(5).fill(429));
  });

  it("behind one trusted proxy, counts the address the proxy appended, not what the client wrote before it", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 35; attempt++)
      statuses.push((await signIn(proxied, `198.51.100.${attempt}, 203.0.113.5`)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(5).fill(429));
    expect((await signIn(proxied, "203.0.113.6")).status).toBe(401);
  });

  it("under `next start` run directly, trusts no X-Forwarded-For: 35 clients with forged addresses share one limit", async () => {
    const statuses: number[] = [];
    // Posing as scripts/serve.mjs does not help: its secret is not known, and not set here.
    for (let attempt = 0; attempt < 35; attempt++)
      statuses.push((await signIn(unproxied, `198.51.100.${attempt}`, { "x-claimtrail-via": "guess" })).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(5).fill(429));
    const warnings = unproxied.output().match(/was started with `next start` and CLAIMTRAIL_TRUSTED_PROXIES=0/g) ?? [];
    expect(warnings).toHaveLength(1);
  });
});
