// When a capture was taken, as the file itself states it. Only a WARC file states it in a field
// made for that: the `WARC-Date` of the record holding the page (ISO 28500: "the instant that
// data capture for this record began"). Other files (HTML, PDF, images) carry no such field a
// reader could trust (a page's own date is its publication, a file's mtime is its copy), so they
// state nothing and the time stays what the editor entered, or unrecorded.

/** Records read before giving up (a warcinfo or request record usually precedes the page). */
const MAX_RECORDS = 16;
/** The longest header block read, in bytes. */
const MAX_HEADER_BYTES = 16 * 1024;
const PAGE_RECORD_TYPES = new Set(["response", "resource", "revisit"]);
const WARC_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/**
 * The capture time a file states, as an ISO 8601 UTC string, or null. Reads at most
 * MAX_RECORDS record headers of an uncompressed WARC (`WARC/1.0` or `WARC/1.1`): the WARC-Date
 * of its first response, resource or revisit record. A compressed WARC (`.warc.gz`) states
 * nothing readable here.
 */
export function readStatedCaptureTime(bytes: Uint8Array): string | null {
  let offset = 0;
  for (let record = 0; record < MAX_RECORDS && offset < bytes.length; record++) {
    const headers = readHeaderBlock(bytes, offset);
    if (!headers) return null;
    const type = headers.fields.get("warc-type")?.toLowerCase();
    if (type && PAGE_RECORD_TYPES.has(type)) return toIsoTime(headers.fields.get("warc-date"));
    const length = Number(headers.fields.get("content-length"));
    if (!Number.isSafeInteger(length) || length < 0) return null;
    // Each record's block is followed by two CRLFs.
    offset = headers.end + length + 4;
  }
  return null;
}

function readHeaderBlock(bytes: Uint8Array, offset: number): { fields: Map<string, string>; end: number } | null {
  const window = bytes.subarray(offset, offset + MAX_HEADER_BYTES);
  // latin1 maps every byte to one character, so string offsets are byte offsets.
  const text = new TextDecoder("latin1").decode(window);
  const end = text.indexOf("\r\n\r\n");
  if (end < 0 || !/^WARC\/1\.[01]\r\n/.test(text)) return null;
  const fields = new Map<string, string>();
  for (const line of text.slice(0, end).split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { fields, end: offset + end + 4 };
}

function toIsoTime(value: string | undefined): string | null {
  if (!value || !WARC_DATE.test(value)) return null;
  const time = new Date(value);
  // Date rolls 30 February over into March; a date that does not read back is no date.
  if (Number.isNaN(time.getTime()) || time.toISOString().slice(0, 16) !== value.slice(0, 16)) return null;
  return time.toISOString();
}
