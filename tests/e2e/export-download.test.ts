// Downloads through the running server, as a reader's browser or a script would fetch them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";
import { hasChromium } from "./support/browser";

describe("GET /api/export", () => {
  let server: AppServer;
  beforeAll(async () => {
    buildApp();
    server = await startAppServer();
  });
  afterAll(() => server?.stop());
  const get = (query: string) => fetch(`${server.url}/api/export?${query}`);

  it("downloads the seed article's CSV as an attachment with a UTF-8 BOM on request", async () => {
    const response = await get("format=csv&article=macron-coalition-of-the-willing&bom=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("macron-coalition-of-the-willing.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("La Dépêche du Midi");
  });

  it("streams a whole workspace's CSV", async () => {
    const response = await get("format=csv&workspace=demo");
    expect(response.status).toBe(200);
    expect((await response.text()).trim().split("\n").length).toBe(16);
  });

  it.skipIf(!hasChromium)("prints the PDF report", async () => {
    const response = await get("format=pdf&article=macron-coalition-of-the-willing");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-pdf-")), "report.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    try {
      expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("La Dépêche du Midi");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  });

  it("answers 400 for an unknown format and 404 for an unknown article, with a JSON message", async () => {
    const badFormat = await get("format=docx&article=macron-coalition-of-the-willing");
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { error: { message: string } }).error.message).toContain("format");
    const missing = await get("format=md&article=no-such-article");
    expect(missing.status).toBe(404);
    const empty = await get("format=csv&claims=");
    expect(empty.status).toBe(400);
  });
});
