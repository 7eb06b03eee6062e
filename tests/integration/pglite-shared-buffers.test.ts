// A CLI reading command opens the embedded database with smaller shared buffers (PGlite zero-fills
// them at each start); everything else keeps PostgreSQL's 128 MB. The setting lasts one opening.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/database/open-database";
import { repoRoot } from "../support/test-env";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-buffers-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function sharedBuffers(options: { sharedBuffers?: string }): Promise<string> {
  const database = await openDatabase({ kind: "pglite-folder", dataDir }, { root: repoRoot, ...options });
  try {
    const [row] = await database.sql.query<{ shared_buffers: string }>("SHOW shared_buffers");
    return row!.shared_buffers;
  } finally {
    await database.close();
  }
}

describe("PGlite's shared buffers", { timeout: 180_000 }, () => {
  it("are what the opening asks for, for that opening only", async () => {
    expect(await sharedBuffers({ sharedBuffers: "16MB" })).toBe("16MB");
    expect(await sharedBuffers({})).toBe("128MB");
    await expect(sharedBuffers({ sharedBuffers: "16MB; DROP" })).rejects.toThrow("shared_buffers");
  });
});
