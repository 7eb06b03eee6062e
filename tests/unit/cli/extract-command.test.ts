import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isReadableText } from "../../../lib/extraction/readable-text.ts";
import { extractCommand } from "../../../server/cli/extract-command.ts";

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-extract-"));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("claimtrail extract input", () => {
  it("refuses a binary file with INVALID instead of suggesting claims of garbage", async () => {
    const file = path.join(tempDir(), "random.txt");
    // Fixed bytes with NULs and control characters, as any binary file holds.
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
    await expect(extractCommand([file], { json: true })).rejects.toMatchObject({
      code: "INVALID",
      message: `${file} is not a text file (it holds binary data)`,
    });
  });

  it("tells text from binary: a stray bad byte passes, NULs or many control characters do not", () => {
    expect(isReadableText(`The mayor said the bridge would reopen.\u000c ${"word ".repeat(20)}\ufffd`)).toBe(true);
    expect(isReadableText("The mayor said\u0000 the bridge would reopen.")).toBe(false);
    expect(isReadableText("\u0001\u0002\u0003 said the mayor \ufffd\ufffd\u007f")).toBe(false);
  });

  it("says an empty folder has no article files", async () => {
    const dir = tempDir();
    await expect(extractCommand([dir], {})).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `no article files (.txt) in ${dir}`,
    });
  });

  it("passes over a symlink loop instead of following it", async () => {
    const dir = tempDir();
    fs.symlinkSync(path.join(dir, "loop.txt"), path.join(dir, "loop.txt"));
    fs.symlinkSync(path.join(dir, "b.txt"), path.join(dir, "a.txt"));
    fs.symlinkSync(path.join(dir, "a.txt"), path.join(dir, "b.txt"));
    await expect(extractCommand([dir], {})).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `no article files (.txt) in ${dir}`,
    });
  });
});
