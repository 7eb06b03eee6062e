// The app's own HTTP route handlers served over real HTTP, on a test's database, for tests of
// programs that talk to a running server (the CLI's --server): the handlers read the process's
// app database (server/app-database.ts), which here is the test's.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@/server/database/open-database";

export type RouteHandler = (request: Request, path: string) => Promise<Response> | null;
export type RouteServer = { url: string; close(): Promise<void> };

const APP_DATABASE = Symbol.for("claimtrail.app-database");

/** Serves `route` (null: 404) on a free loopback port, with `database` as the app database. */
export async function serveRoutes(database: Database, route: RouteHandler): Promise<RouteServer> {
  (globalThis as { [APP_DATABASE]?: Promise<Database> })[APP_DATABASE] = Promise.resolve(database);
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = `http://${incoming.headers.host ?? "127.0.0.1"}${incoming.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers.set(name, value);
    const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
    const request = new Request(url, {
      method: incoming.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    });
    const response = (await route(request, new URL(url).pathname)) ?? new Response("not found", { status: 404 });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      delete (globalThis as { [APP_DATABASE]?: Promise<Database> })[APP_DATABASE];
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
