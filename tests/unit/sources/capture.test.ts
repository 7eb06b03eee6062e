import { describe, expect, it } from "vitest";
import {
  base64ByteLength,
  contentTypeForEncoding,
  formatByteSize,
  isBase64,
  isContentType,
  MAX_CAPTURE_BYTES,
  MAX_CAPTURE_CHARS,
  snapshotFileName,
  tooLargeMessage,
  utf8ByteLength,
} from "@/lib/sources/capture";

describe("capture sizes", () => {
  it("counts UTF-8 bytes as TextEncoder writes them, byte-order mark, emoji and lone surrogates included", () => {
    for (const text of [
      "",
      "plain",
      "\uFEFF<p>La Dépêche</p>",
      "« troupes » — 🇫🇷",
      "\ud800 lone",
      "end \udc00",
      "€".repeat(1000),
    ]) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("knows how many bytes base64 decodes to, and accepts only padded base64", () => {
    for (const bytes of [[], [0], [0xff, 0xfe], [0xef, 0xbb, 0xbf], [1, 2, 3, 4, 5]]) {
      const encoded = Buffer.from(bytes).toString("base64");
      expect(isBase64(encoded)).toBe(true);
      expect(base64ByteLength(encoded)).toBe(bytes.length);
    }
    for (const bad of ["abc", "a===", "ab=c", "not base64!", "YW Jj"]) expect(isBase64(bad)).toBe(false);
  });

  it("checks megabytes of base64 without overflowing the regular-expression stack", () => {
    const large = Buffer.alloc(MAX_CAPTURE_BYTES + 1, 0x25).toString("base64");
    expect(large.length).toBeLessThanOrEqual(MAX_CAPTURE_CHARS);
    expect(isBase64(large)).toBe(true);
    expect(base64ByteLength(large)).toBe(MAX_CAPTURE_BYTES + 1);
  });

  it("says how large a refused capture is, and never that 5.0 MB is over 5.0 MB", () => {
    expect(formatByteSize(17)).toBe("17 bytes");
    expect(formatByteSize(1)).toBe("1 byte");
    expect(formatByteSize(812 * 1024)).toBe("812 KB");
    expect(tooLargeMessage(6 * 1024 * 1024)).toBe(
      "the capture is 6.0 MB; captures are limited to 5.0 MB — save only the article's text, or a smaller file",
    );
    expect(tooLargeMessage(MAX_CAPTURE_BYTES + 1)).toMatch(/^the capture is larger than 5\.0 MB;/);
    expect(tooLargeMessage(null)).toMatch(/^the capture is larger than 5\.0 MB;/);
  });
});

describe("capture types and file names", () => {
  it("accepts media types with parameters and refuses anything else", () => {
    for (const type of [
      "text/html",
      "text/html; charset=utf-8",
      "application/pdf",
      "image/svg+xml",
      'text/plain; charset="iso-8859-1"',
    ])
      expect(isContentType(type)).toBe(true);
    for (const type of ["html", "text/", "text/html\r\nx-evil: 1", "", "text/html; charset"])
      expect(isContentType(type)).toBe(false);
  });

  it("labels pasted text as UTF-8, which is how it is stored, and leaves uploads' types alone", () => {
    expect(contentTypeForEncoding("text/html", "text")).toBe("text/html; charset=utf-8");
    expect(contentTypeForEncoding("text/html; charset=utf-8", "text")).toBe("text/html; charset=utf-8");
    expect(contentTypeForEncoding("application/json", "text")).toBe("application/json");
    expect(contentTypeForEncoding("text/html; charset=iso-8859-1", "base64")).toBe("text/html; charset=iso-8859-1");
  });

  it("names downloads after the captured host and the recorded capture time", () => {
    expect(
      snapshotFileName({
        originalUrl: "https://www.ladepeche.fr/a.html",
        capturedAt: "2025-03-02T09:30:00.000Z",
        contentType: "text/html; charset=utf-8",
      }),
    ).toBe("www.ladepeche.fr-2025-03-02T09-30-00Z.html");
    expect(
      snapshotFileName({
        originalUrl: null,
        capturedAt: "2025-03-02T09:30:00.000Z",
        contentType: "application/x-unknown",
      }),
    ).toBe("capture-2025-03-02T09-30-00Z.bin");
    // No recorded capture time: the name carries none, rather than the download's or upload's.
    expect(
      snapshotFileName({ originalUrl: "https://www.ladepeche.fr/a.html", capturedAt: null, contentType: "text/html" }),
    ).toBe("www.ladepeche.fr.html");
  });
});
