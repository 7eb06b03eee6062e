// The one table that maps domain errors to tRPC (and so HTTP) codes.
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { AppErrorCode } from "@/lib/errors";

export const TRPC_CODE_FOR: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};
