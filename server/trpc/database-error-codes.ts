// Constraint violations the database reports (often two writers racing each other) become clear
// 4xx answers instead of 500s; services check the common cases first with better messages.
import { TRPCError } from "@trpc/server";
import { Prisma } from "@/server/database/prisma";

type DriverCause = { originalCode?: string };

export function translateDatabaseError(error: unknown): TRPCError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const sqlState = ((error.meta?.driverAdapterError as { cause?: DriverCause } | undefined)?.cause?.originalCode ??
    "") as string;
  // query_canceled: the statement ran past its budget (open-database.ts, STATEMENT_TIMEOUT_MS).
  if (sqlState === "57014")
    return new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "the database took too long to answer; try again in a moment, or ask for less at once",
    });
  if (error.code === "P2002" || sqlState === "23505") {
    return new TRPCError({
      code: "CONFLICT",
      message: "that already exists — someone may have created it at the same moment; reload and try again",
    });
  }
  if (error.code === "P2025")
    return new TRPCError({ code: "NOT_FOUND", message: "it no longer exists; reload the page" });
  if (error.code === "P2003" || sqlState === "23503")
    return new TRPCError({ code: "BAD_REQUEST", message: "it refers to something that does not exist (any more)" });
  if (sqlState === "23514" || sqlState === "23502")
    return new TRPCError({
      code: "BAD_REQUEST",
      message: "this change breaks a rule of the data; check the values and try again",
    });
  return null;
}
