// Records what Next.js sends for one response (status, headers, body bytes as they go out,
// compressed if Next.js compressed them), and sends a recorded or ready-made page back, for the
// store of whole pages kept by the app (server/cache/page-store.ts, reached through
// server/http/page-gate.ts).

/** Bodies larger than this are not recorded (the store would not keep them either). */
const MAX_RECORDED_BYTES = 8 * 1024 * 1024;

/**
 * Calls `onRecorded({ status, headers, body })` once `response` has been sent in full (not when
 * the client left first). Headers are read when the response finishes: every header Next.js
 * sets, since the one set here makes Node.js keep writeHead's headers with them.
 */
export function recordResponse(response, onRecorded) {
  const chunks = [];
  let size = 0;
  let whole = true;
  const take = (chunk, encoding) => {
    if (!whole || chunk == null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
        : Buffer.from(chunk);
    size += bytes.byteLength;
    if (size > MAX_RECORDED_BYTES) {
      whole = false;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  const { write, end } = response;
  response.write = function (chunk, encoding, callback) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    take(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  response.setHeader("x-claimtrail-cache", "miss");
  response.once("finish", () => {
    if (!whole) return;
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders()))
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String) : String(value);
    onRecorded({ status: response.statusCode, headers, body: Buffer.concat(chunks) });
  });
}

/** Sends a page the store kept; 304 when the client already holds it (its ETag). */
export function replayPage(page, request, response) {
  for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, value);
  response.setHeader("x-claimtrail-cache", "hit");
  // Weak comparison, as for If-None-Match (RFC 9110): "W/" is ignored, "*" matches any.
  const held = String(request.headers["if-none-match"] ?? "")
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""));
  if (page.headers.etag && (held.includes(page.headers.etag) || held.includes("*"))) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.statusCode = page.status;
  response.setHeader("content-length", page.body.byteLength);
  response.end(request.method === "HEAD" ? undefined : page.body);
}

/** Sends a ready-made page ({ status, headers, body }), such as the limit's 429. */
export function sendPage(page, request, response) {
  response.writeHead(page.status, { ...page.headers, "content-length": Buffer.byteLength(page.body) });
  response.end(request.method === "HEAD" ? undefined : page.body);
}
