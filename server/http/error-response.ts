// Errors of plain HTTP routes (those outside tRPC): one JSON shape, the AppError → status table.
// Routes that call a procedure through a caller get its TRPCError, mapped by tRPC's own table.
// Anything else is ours: logged once with a reference, and answered 500 with that reference.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { type AppErrorCode, isAppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import { retryAfterSecondsOf } from "./retry-after";
import { internalErrorMessage, logServerError } from "./server-error";

const STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** The response for an error a route caught; `where` names the route in the log. */
export function errorResponse(error: unknown, where = "http"): Response {
  if (error instanceof ZodError)
    return Response.json({ error: { code: "INVALID", message: formatZodError(error) } }, { status: 400 });
  if (isAppError(error)) {
    const status = STATUS[error.code];
    const reference = status >= 500 ? logServerError(error, where) : undefined;
    const retryAfter = retryAfterSecondsOf([error]);
    return Response.json(
      { error: { code: error.code, message: error.message, reference } },
      { status, headers: retryAfter === null ? {} : { "retry-after": String(retryAfter) } },
    );
  }
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    const status = getHTTPStatusCodeFromError(error);
    const message = error.cause instanceof ZodError ? formatZodError(error.cause) : error.message;
    const reference = status >= 500 ? logServerError(error, where) : undefined;
    return Response.json({ error: { code: error.code, message, reference } }, { status });
  }
  const reference = logServerError(error, where);
  return Response.json(
    { error: { code: "INTERNAL", message: internalErrorMessage(reference), reference } },
    { status: 500 },
  );
}
