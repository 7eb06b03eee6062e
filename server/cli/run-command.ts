// Runs one CLI command: prints domain and input errors as one clear line with an exit code a
// script can test, and closes the database so the lock is released.
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { type AppErrorCode, isAppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import { MigrationError } from "@/server/database/migrate";

const EXIT_CODE: Record<AppErrorCode, number> = {
  INVALID: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  UNAVAILABLE: 5,
  UNAUTHORIZED: 6,
  FORBIDDEN: 6,
  TOO_LARGE: 2,
  RATE_LIMITED: 5,
};
const TRPC_EXIT_CODE: Partial<Record<TRPCError["code"], number>> = {
  BAD_REQUEST: 2,
  PAYLOAD_TOO_LARGE: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  SERVICE_UNAVAILABLE: 5,
};

export function runCommand<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  return async (...args: Args) => {
    let exitCode = 0;
    try {
      await action(...args);
    } catch (error) {
      exitCode = reportError(error);
    } finally {
      await closeIfOpen();
    }
    process.exitCode = exitCode;
  };
}

function reportError(error: unknown): number {
  if (isAppError(error)) return fail(error.message, EXIT_CODE[error.code]);
  if (error instanceof ZodError) return fail(formatZodError(error), 2);
  if (error instanceof TRPCError) return fail(error.message, TRPC_EXIT_CODE[error.code] ?? 1);
  if (error instanceof MigrationError) return fail(error.message, 5);
  if (
    error instanceof Error &&
    "data" in error &&
    typeof error.data === "object" &&
    error.data &&
    "httpStatus" in error.data
  ) {
    return fail(error.message, error.data.httpStatus === 404 ? 3 : error.data.httpStatus === 400 ? 2 : 1);
  }
  throw error;
}

function fail(message: string, code: number): number {
  process.stderr.write(`claimtrail: ${message}\n`);
  return code;
}

async function closeIfOpen(): Promise<void> {
  const holder = globalThis as { [key: symbol]: Promise<{ close(): Promise<void> }> | undefined };
  const pending = holder[Symbol.for("claimtrail.app-database")];
  if (!pending) return;
  try {
    await (await pending).close();
  } catch {
    // Opening failed; there is nothing to close.
  }
}
