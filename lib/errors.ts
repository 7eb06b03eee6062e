// The one error type of the domain. Edges (tRPC, HTTP routes, CLI) map `code` to their own
// vocabulary in one table each; lib/ never throws framework errors.

export type AppErrorCode =
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "UNAVAILABLE"
  /** More than a stated limit (a body, an export): the message names the limit. */
  | "TOO_LARGE"
  /** Too many attempts in a while (sign-in): the message says when to try again. */
  | "RATE_LIMITED";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Data a client may act on (e.g. a CONFLICT's `currentVersion`); sent to clients with the message, so never internals. */
  readonly details?: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The one answer for an item that is missing and for one the caller may not reach (another
 * workspace's, or outside an API token's scope), so ids cannot be probed.
 */
export const NOT_YOURS_MESSAGE = "no such item in your workspaces; it may have been deleted";
