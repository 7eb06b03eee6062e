import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { escapeForTerminal, terminalSafeStream } from "@/server/cli/terminal-safe-stream";

describe("an export printed on a terminal", () => {
  it("shows ESC, BEL, a lone CR and C1 characters as escapes, and keeps LF, TAB and CR LF", () => {
    expect(escapeForTerminal("Esc \u001b]0;PWNED\u0007 title")).toBe("Esc \\x1b]0;PWNED\\x07 title");
    expect(escapeForTerminal("a\tb\r\nc\nd")).toBe("a\tb\r\nc\nd");
    expect(escapeForTerminal("shown\rhidden")).toBe("shown\\x0dhidden");
    expect(escapeForTerminal("csi \u009b2J")).toBe("csi \\x9b2J");
    expect(escapeForTerminal("Le Monde, «Володимир», 東京")).toBe("Le Monde, «Володимир», 東京");
  });

  it("escapes across chunk boundaries: a character split between chunks, a CR LF split in two", async () => {
    const bytes = Buffer.from("TI  - Ministers\r\nN1  - Кий\u001b[2J\u0085end\r", "utf8");
    // Every split point, including inside the two-byte Cyrillic and C1 characters and between CR and LF.
    for (let cut = 1; cut < bytes.length; cut++) {
      const out = await text(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]).pipe(terminalSafeStream()));
      expect(out, `cut at ${cut}`).toBe("TI  - Ministers\r\nN1  - Кий\\x1b[2J\\x85end\\x0d");
    }
  });
});
