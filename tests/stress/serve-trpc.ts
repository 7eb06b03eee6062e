// The tRPC handler behind a Node HTTP server on loopback, for the stress tests: the request's
// headers and body stream reach the handler as they came (so its body limits read the declared
// length and count the stream), and the `x-who` header picks the fixture's caller.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import type { EditingFixture, Who } from "../support/editing-fixtures";

export type Served = { url: string; close(): Promise<void> };

export function serveTrpc(fx: EditingFixture): Promise<Served> {
  const server = http.createServer(async (incoming, outgoing) => {
    const who = (incoming.headers["x-who"] ?? "anonymous") as Who;
    const handle = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session(who) }));
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers.set(name, value);
    const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
    const response = await handle(
      new Request(`http://127.0.0.1${incoming.url}`, {
        method: incoming.method,
        headers,
        body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
        // @ts-expect-error Node's fetch needs `duplex` to take a stream as a body; the DOM types lack it.
        duplex: hasBody ? "half" : undefined,
      }),
    );
    outgoing.writeHead(response.status, { "content-type": "application/json" });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
    // A refused body may be left unread: drop the rest of it.
    incoming.resume();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}
