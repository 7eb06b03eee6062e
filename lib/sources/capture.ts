// Archived captures an editor pastes (text or HTML) or uploads (base64 over the wire): their
// size is checked before anything is decoded or stored, and their bytes are kept exactly.

export const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;
/** The longest `content` string accepted: base64 of MAX_CAPTURE_BYTES, rounded up. */
export const MAX_CAPTURE_CHARS = Math.ceil(MAX_CAPTURE_BYTES / 3) * 4 + 4;

export type CaptureEncoding = "text" | "base64";

/** Bytes the UTF-8 encoding of `text` takes, without building it. Lone surrogates count 3, as TextEncoder writes U+FFFD. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// A plain character class: a grouped, repeated pattern overflows V8's regex stack on megabytes.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether `value` is padded base64 (what FileReader and Buffer produce). */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64_CHARS.test(value);
}

/** Bytes that padded base64 decodes to. */
export function base64ByteLength(value: string): number {
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

export function captureByteLength(content: string, encoding: CaptureEncoding): number {
  return encoding === "base64" ? base64ByteLength(content) : utf8ByteLength(content);
}

/** "4.2 MB", "812 KB", "17 bytes". */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
}

/** `bytes` null: larger than the limit, by an amount not worked out. */
export function tooLargeMessage(bytes: number | null): string {
  const limit = formatByteSize(MAX_CAPTURE_BYTES);
  const size = bytes === null || formatByteSize(bytes) === limit ? `larger than ${limit}` : formatByteSize(bytes);
  return `the capture is ${size}; captures are limited to ${formatByteSize(MAX_CAPTURE_BYTES)} — save only the article's text, or a smaller file`;
}

const TOKEN = "[a-z0-9][a-z0-9!#$&^_.+-]*";
const CONTENT_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:\\s*;\\s*[a-z0-9-]+=(?:${TOKEN}|"[^"\\\\]*"))*$`, "i");

export function isContentType(value: string): boolean {
  return value.length <= 200 && CONTENT_TYPE.test(value);
}

/** Pasted text reaches the server as a string and is stored as UTF-8, so a text type says so. */
export function contentTypeForEncoding(contentType: string, encoding: CaptureEncoding): string {
  const type = contentType.trim();
  if (encoding === "text" && /^text\//i.test(type) && !/;\s*charset=/i.test(type)) return `${type}; charset=utf-8`;
  return type;
}

/** A file name for a download: the capture's host and recorded time (none when not recorded), with an extension from its type. */
export function snapshotFileName(snapshot: {
  originalUrl: string | null;
  capturedAt: string | null;
  contentType: string;
}): string {
  let host = "capture";
  try {
    if (snapshot.originalUrl) host = new URL(snapshot.originalUrl).hostname.replace(/[^a-z0-9.-]/gi, "") || host;
  } catch {
    // A stored URL that no longer parses still gets a file name.
  }
  const stamp = snapshot.capturedAt ? `-${snapshot.capturedAt.replace(/\.\d+Z$/, "Z").replace(/[:]/g, "-")}` : "";
  return `${host}${stamp}.${extensionFor(snapshot.contentType)}`;
}

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "xhtml",
  "text/plain": "txt",
  "text/markdown": "md",
  "text/csv": "csv",
  "application/json": "json",
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "audio/mpeg": "mp3",
  "application/warc": "warc",
};

function extensionFor(contentType: string): string {
  return EXTENSIONS[contentType.split(";")[0]!.trim().toLowerCase()] ?? "bin";
}
