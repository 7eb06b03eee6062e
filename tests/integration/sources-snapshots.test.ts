// Archived captures kept byte for byte: pasted HTML with a UTF-8 byte-order mark, an uploaded
// Latin-1 page and arbitrary binary bytes come back identical, with a sha256 that verifies —
// from the database, from the list, and from the download route, which serves them only to
// members of the workspace and only as attachments.
import { createHash, randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CAPTURE_BYTES } from "@/lib/sources/capture";
import type { Database } from "@/server/database/open-database";
import { createSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { readSnapshotForDownload } from "@/server/services/sources/archive-snapshots";
import { createInnerContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const BOM_HTML =
  "\uFEFF<!doctype html><meta charset=utf-8><p>La Dépêche : « plusieurs milliers de soldats » — 🇫🇷</p>\r\n";
const LATIN1_HTML = Buffer.from("<p>La D\xe9p\xeache du Midi, \xab troupes \xbb</p>\n", "latin1");
const BINARY = Buffer.from([
  0xef, 0xbb, 0xbf, 0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0d, 0x0a, 0x5c, 0x78, 0x30, 0x30, 0x00,
]);

/** The download route runs against this test's database: the app's handle is primed with it. */
async function downloadRoute(database: Database) {
  (globalThis as { [key: symbol]: unknown })[Symbol.for("claimtrail.app-database")] = Promise.resolve(database);
  const { GET } = await import("@/app/api/snapshots/[id]/route");
  return (id: string, cookie?: string) =>
    GET(new Request(`http://localhost/api/snapshots/${id}`, { headers: cookie ? { cookie } : {} }), {
      params: Promise.resolve({ id }),
    });
}

describe.each(testEngines())("archived captures on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let get: Awaited<ReturnType<typeof downloadRoute>>;
  const cookies = {} as Record<"viewer" | "outsider", string>;
  const stored = {} as Record<"pasted" | "latin1" | "binary", string>;

  async function overHttp(path: string, input: unknown) {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      }),
      router: appRouter,
      createContext: () => createInnerContext({ db: fx.db, session: fx.session("editor") }),
    });
    return {
      status: response.status,
      message: ((await response.json()) as { error?: { message: string } }).error?.message ?? "",
    };
  }

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    get = await downloadRoute(database);
    for (const who of ["viewer", "outsider"] as const)
      cookies[who] = `${SESSION_COOKIE}=${(await createSession(fx.db, fx.users[who].userId)).token}`;
  });
  afterAll(() => database.close());

  it("stores pasted HTML with its byte-order mark as UTF-8, byte for byte, under its sha256", async () => {
    const meta = await fx.callers.editor.sourceRecords.addSnapshot({
      sourceId: fx.sources.depeche.id,
      originalUrl: "https://www.ladepeche.fr/2025/03/02/macron-troupes.html",
      archiveUrl: "https://web.archive.org/web/20250302093000/https://www.ladepeche.fr/2025/03/02/macron-troupes.html",
      capturedAt: "2025-03-02T09:30:00.000Z",
      contentType: "text/html",
      content: BOM_HTML,
    });
    stored.pasted = meta.id;
    const expected = Buffer.from(BOM_HTML, "utf8");
    expect([...expected.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(meta).toMatchObject({
      sourceId: fx.sources.depeche.id,
      hopId: null,
      contentType: "text/html; charset=utf-8",
      byteLength: expected.length,
      contentHash: sha256(expected),
      capturedAt: "2025-03-02T09:30:00.000Z",
      createdBy: { id: fx.users.editor.userId, name: fx.users.editor.name },
    });
    const row = await fx.db.archiveSnapshot.findUniqueOrThrow({ where: { id: meta.id } });
    expect(Buffer.from(row.content).equals(expected)).toBe(true);
    expect(sha256(row.content)).toBe(row.contentHash);
  });

  it("stores uploaded Latin-1 and binary bytes exactly, checking the hash the browser sent", async () => {
    const latin1 = await fx.callers.editor.sourceRecords.addSnapshot({
      sourceId: fx.sources.depeche.id,
      contentType: "text/html; charset=iso-8859-1",
      content: LATIN1_HTML.toString("base64"),
      encoding: "base64",
      sha256: sha256(LATIN1_HTML),
    });
    stored.latin1 = latin1.id;
    expect(latin1).toMatchObject({
      contentType: "text/html; charset=iso-8859-1",
      byteLength: LATIN1_HTML.length,
      contentHash: sha256(LATIN1_HTML),
      originalUrl: null,
    });
    const binary = await fx.callers.editor.sourceRecords.addSnapshot({
      sourceId: fx.sources.depeche.id,
      contentType: "application/octet-stream",
      content: BINARY.toString("base64"),
      encoding: "base64",
    });
    stored.binary = binary.id;
    for (const [id, bytes] of [
      [latin1.id, LATIN1_HTML],
      [binary.id, BINARY],
    ] as const) {
      const row = await fx.db.archiveSnapshot.findUniqueOrThrow({ where: { id } });
      expect(Buffer.from(row.content).equals(bytes)).toBe(true);
      expect(row.contentHash).toBe(sha256(bytes));
    }
    const listed = await fx.callers.viewer.sourceRecords.snapshots({ sourceId: fx.sources.depeche.id });
    expect(listed.map((snapshot) => [snapshot.id, snapshot.byteLength])).toEqual(
      expect.arrayContaining([
        [stored.pasted, Buffer.byteLength(BOM_HTML)],
        [latin1.id, LATIN1_HTML.length],
        [binary.id, BINARY.length],
      ]),
    );
  });

  it("serves each capture as an attachment with its type and hash, identical to what was stored", async () => {
    const expected = { pasted: Buffer.from(BOM_HTML, "utf8"), latin1: LATIN1_HTML, binary: BINARY };
    for (const key of ["pasted", "latin1", "binary"] as const) {
      const response = await get(stored[key], cookies.viewer);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(expected[key])).toBe(true);
      expect(response.headers.get("x-content-sha256")).toBe(sha256(body));
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("sandbox");
    }
    const pasted = await get(stored.pasted, cookies.viewer);
    expect(pasted.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(pasted.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''www.ladepeche.fr-2025-03-02T09-30-00Z.html",
    );
    const direct = await readSnapshotForDownload(fx.db, stored.binary, { userId: fx.users.owner.userId });
    expect(Buffer.from(direct.content).equals(BINARY)).toBe(true);
  });

  it("lets only members download: 401 signed out, 404 outside the workspace as for an unknown id, 400 malformed", async () => {
    const statuses = [
      (await get(stored.pasted)).status,
      (await get(stored.pasted, cookies.outsider)).status,
      (await get(randomUUID(), cookies.viewer)).status,
      (await get("not-an-id", cookies.viewer)).status,
    ];
    expect(statuses).toEqual([401, 404, 404, 400]);
    const refused = await get(stored.pasted, cookies.outsider);
    const unknown = await get(randomUUID(), cookies.viewer);
    expect(await refused.json()).toEqual({
      error: { code: "NOT_FOUND", message: "no such archived capture; it may have been deleted" },
    });
    expect(await unknown.json()).toEqual(await (await get(stored.pasted, cookies.outsider)).json());
  });

  it("refuses to serve bytes that no longer match their hash", async () => {
    const meta = await fx.callers.editor.sourceRecords.addSnapshot({
      sourceId: fx.sources.parisien.id,
      content: "original words",
    });
    await fx.db.archiveSnapshot.update({
      where: { id: meta.id },
      data: { content: new Uint8Array(Buffer.from("altered words")) },
    });
    const response = await get(meta.id, cookies.viewer);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      "no longer matches its sha256",
    );
  });

  it("captures a hop's evidence, taking the hop's evidence and archive addresses by default", async () => {
    await fx.db.hop.update({
      where: { id: fx.hop.id },
      data: {
        evidenceUrl: "https://www.leparisien.fr/politique/macron.php",
        evidenceArchiveUrl: "https://archive.ph/AbCdE",
      },
    });
    const meta = await fx.callers.owner.sourceRecords.addSnapshot({
      hopId: fx.hop.id,
      content: "Macron a évoqué « plusieurs milliers » de soldats.",
      contentType: "text/plain",
    });
    expect(meta).toMatchObject({
      hopId: fx.hop.id,
      sourceId: null,
      originalUrl: "https://www.leparisien.fr/politique/macron.php",
      archiveUrl: "https://archive.ph/AbCdE",
      contentType: "text/plain; charset=utf-8",
    });
    expect(
      (await fx.callers.viewer.sourceRecords.snapshots({ hopId: fx.hop.id })).map((snapshot) => snapshot.id),
    ).toEqual([meta.id]);
    const record = await fx.callers.viewer.sourceRecords.get({ sourceId: fx.sources.macron.id });
    expect(record.evidence.find((hop) => hop.hopId === fx.hop.id)?.snapshots.map((snapshot) => snapshot.id)).toEqual([
      meta.id,
    ]);
  });

  it("records an archive link without a capture as an empty snapshot", async () => {
    const meta = await fx.callers.editor.sourceRecords.addSnapshot({
      sourceId: fx.sources.parisien.id,
      archiveUrl: "https://web.archive.org/web/2025/https://www.leparisien.fr/",
    });
    expect(meta).toMatchObject({
      byteLength: 0,
      contentHash: sha256(new Uint8Array()),
      originalUrl: null,
      archiveUrl: "https://web.archive.org/web/2025/https://www.leparisien.fr/",
    });
  });

  it("rejects bad captures with a 400 that says what to do, storing nothing", async () => {
    const before = await fx.db.archiveSnapshot.count();
    const base = { sourceId: fx.sources.depeche.id, contentType: "application/pdf", encoding: "base64" };
    const oversized = Buffer.alloc(MAX_CAPTURE_BYTES + 1, 0x25).toString("base64");
    const cases = [
      [
        { ...base, content: oversized },
        /the capture is larger than 5\.0 MB; captures are limited to 5\.0 MB — save only the article's text, or a smaller file/,
      ],
      [{ ...base, content: Buffer.alloc(6 * 1024 * 1024).toString("base64") }, /the capture is larger than 5\.0 MB/],
      [
        { sourceId: fx.sources.depeche.id, content: "é".repeat(2_700_000) },
        /the capture is 5\.1 MB; captures are limited to 5\.0 MB/,
      ],
      [{ ...base, content: "not base64!" }, /the upload is not valid base64; choose the file again/],
      [{ ...base, content: BINARY.toString("base64"), sha256: sha256(LATIN1_HTML) }, /the capture arrived damaged/],
      [
        { sourceId: fx.sources.depeche.id, content: "" },
        /paste the page's text or HTML, upload a file, or give an archive address/,
      ],
      [
        { sourceId: fx.sources.depeche.id, content: "x", contentType: "html" },
        /the content type is a media type such as text\/html/,
      ],
      [{ sourceId: fx.sources.depeche.id, content: "x", archiveUrl: "javascript:alert(1)" }, /the archive address/],
      [
        { sourceId: fx.sources.depeche.id, content: "x", capturedAt: "2999-01-01T00:00:00Z" },
        /the capture time is in the future/,
      ],
      [{ sourceId: fx.sources.depeche.id, hopId: fx.hop.id, content: "x" }, /give exactly one of sourceId .* or hopId/],
      [{ content: "x" }, /give exactly one of sourceId .* or hopId/],
    ] as const;
    const results = [];
    for (const [input, message] of cases) {
      const { status, message: got } = await overHttp("sourceRecords.addSnapshot", input);
      results.push({ status, ok: message.test(got) || got });
    }
    expect(results).toEqual(cases.map(() => ({ status: 400, ok: true })));
    expect(await fx.db.archiveSnapshot.count()).toBe(before);
  });
});
