// Errors of plain HTTP routes (those outside tRPC): one JSON shape, the AppError → status table.
// Routes that call a procedure through a caller get its TRPCError, mapped by tRPC's own table.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { type AppErrorCode, isAppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";

const STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError)
    return Response.json({ error: { code: "INVALID", message: formatZodError(error) } }, { status: 400 });
  if (isAppError(error))
    return Response.json({ error: { code: error.code, message: error.message } }, { status: STATUS[error.code] });
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    const message = error.cause instanceof ZodError ? formatZodError(error.cause) : error.message;
    return Response.json({ error: { code: error.code, message } }, { status: getHTTPStatusCodeFromError(error) });
  }
  throw error;
}
