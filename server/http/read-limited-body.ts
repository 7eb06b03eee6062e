// Request bodies are read against a limit before anything parses them: a declared length over
// the limit is refused at once, and a body sent without one (chunked) is counted as it arrives
// and cut off at the limit, so no request can make the server hold more than the limit.
import { AppError } from "@/lib/errors";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "@/lib/input/json-depth";

/** "256 KiB", "4 MiB": how limits are named in messages. */
function formatLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

function tooLarge(limit: number, what: string): AppError {
  return new AppError(
    "TOO_LARGE",
    `the request body is larger than ${formatLimit(limit)}, the limit for ${what}; send less (a shorter text or a smaller file)`,
  );
}

/**
 * The body as text, at most `limit` bytes. Throws AppError TOO_LARGE (413) over the limit and
 * INVALID (400) when the bytes are not UTF-8.
 */
export async function readLimitedText(request: Request, limit: number, what: string): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, what);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit, what);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("INVALID", "the request body is not UTF-8 text");
  }
}

/** Parses a JSON body read with readLimitedText, refusing deep nesting before JSON.parse sees it. */
export function parseJsonBody(text: string): unknown {
  if (exceedsJsonDepth(text))
    throw new AppError("INVALID", `the request body nests more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "the request body is not valid JSON");
  }
}
