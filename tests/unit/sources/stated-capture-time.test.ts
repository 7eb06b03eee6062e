// A capture's time is taken from the file only where the file states it in a field made for it:
// a WARC record's WARC-Date. Everything else states nothing.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readStatedCaptureTime } from "@/lib/sources/stated-capture-time";

function warcRecord(type: string, date: string, block: string): string {
  return `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Date: ${date}\r\nContent-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`;
}
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("the capture time a file states", () => {
  it("is the WARC-Date of the page's record, not of the warcinfo record before it", () => {
    const warc =
      warcRecord("warcinfo", "2025-03-04T08:00:00Z", "software: Webrecorder — « é »\r\n") +
      warcRecord("request", "2025-03-02T09:29:59Z", "GET /a.html HTTP/1.1\r\nHost: www.ladepeche.fr\r\n") +
      warcRecord("response", "2025-03-02T09:30:00Z", "HTTP/1.1 200 OK\r\n\r\n<p>La Dépêche</p>");
    expect(readStatedCaptureTime(bytes(warc))).toBe("2025-03-02T09:30:00.000Z");
  });

  it("states nothing for HTML, a compressed WARC, a WARC without a page record or with a bad date", () => {
    expect(readStatedCaptureTime(bytes("<!doctype html><meta name=date content=2025-03-02><p>x</p>"))).toBeNull();
    const page = warcRecord("response", "2025-03-02T09:30:00Z", "HTTP/1.1 200 OK\r\n\r\n<p>x</p>");
    expect(readStatedCaptureTime(new Uint8Array(gzipSync(page)))).toBeNull();
    expect(readStatedCaptureTime(bytes(warcRecord("warcinfo", "2025-03-04T08:00:00Z", "x")))).toBeNull();
    expect(readStatedCaptureTime(bytes(warcRecord("response", "2 March 2025", "x")))).toBeNull();
    expect(readStatedCaptureTime(bytes(warcRecord("response", "2025-02-30T09:30:00Z", "x")))).toBeNull();
    expect(readStatedCaptureTime(new Uint8Array())).toBeNull();
  });
});
