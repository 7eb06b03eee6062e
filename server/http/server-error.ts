// Failures that are ours (5xx) are logged once, with a reference the client receives instead
// of the internal message: a person reporting "reference 7f3a9c2e" lets us find the log line,
// and no query, stack or table name ever reaches a client.
import { randomBytes } from "node:crypto";

const references = new WeakMap<object, string>();
const logged = new WeakSet<object>();

/** The reference of an error, the same every time it is asked for the same error object. */
export function referenceOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return randomBytes(4).toString("hex");
  let reference = references.get(error);
  if (!reference) {
    reference = randomBytes(4).toString("hex");
    references.set(error, reference);
  }
  return reference;
}

/** What a client is told about a failure of ours. */
export function internalErrorMessage(reference: string): string {
  return `something went wrong on our side (reference ${reference}); try again, and quote the reference if it keeps happening`;
}

/** Logs the error once (one JSON line on stderr) and returns its reference. */
export function logServerError(error: unknown, where: string): string {
  const reference = referenceOf(error);
  if (typeof error === "object" && error !== null) {
    if (logged.has(error)) return reference;
    logged.add(error);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(
    JSON.stringify({
      level: "error",
      reference,
      where,
      message: error instanceof Error ? error.message : String(error),
      cause: cause instanceof Error && cause !== error ? cause.message : undefined,
      stack: cause instanceof Error ? cause.stack : undefined,
    }),
  );
  return reference;
}
