// A capture's date is only ever what was recorded: the time the editor entered, else the time the
// file itself states (a WARC record's WARC-Date), else none; never the upload's own time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

const PAGE = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>La Dépêche du Midi</p>";
const WARC = Buffer.from(
  `WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2025-03-04T08:00:00Z\r\nContent-Length: 4\r\n\r\nx: y\r\n\r\n` +
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2025-03-02T09:30:00Z\r\nContent-Length: ${Buffer.byteLength(PAGE)}\r\n\r\n${PAGE}\r\n\r\n`,
  "utf8",
);

describe.each(testEngines())("capture dates on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  const add = (input: { content: string; encoding?: "text" | "base64"; contentType: string; capturedAt?: string }) =>
    fx.callers.editor.sourceRecords.addSnapshot({ sourceId: fx.sources.depeche.id, ...input });

  it("records no capture date when neither the editor nor the file gives one, and lists it last", async () => {
    const dated = await add({ content: "<p>a</p>", contentType: "text/html", capturedAt: "2025-03-01T12:00:00Z" });
    const undated = await add({ content: "<p>b</p>", contentType: "text/html" });
    expect(undated.capturedAt).toBeNull();
    const row = await fx.db.archiveSnapshot.findUniqueOrThrow({ where: { id: undated.id } });
    expect(row.capturedAt).toBeNull();
    const listed = await fx.callers.viewer.sourceRecords.snapshots({ sourceId: fx.sources.depeche.id });
    expect(listed.map((snapshot) => [snapshot.id, snapshot.capturedAt])).toEqual([
      [dated.id, "2025-03-01T12:00:00.000Z"],
      [undated.id, null],
    ]);
  });

  it("takes a WARC's own capture time when the editor gives none, and the editor's when given", async () => {
    const stated = await add({ content: WARC.toString("base64"), encoding: "base64", contentType: "application/warc" });
    expect(stated.capturedAt).toBe("2025-03-02T09:30:00.000Z");
    const entered = await add({
      content: WARC.toString("base64"),
      encoding: "base64",
      contentType: "application/warc",
      capturedAt: "2025-03-02T10:00:00+01:00",
    });
    expect(entered.capturedAt).toBe("2025-03-02T09:00:00.000Z");
  });
});
