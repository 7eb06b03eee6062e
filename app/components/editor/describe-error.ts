// The one line an editor sees when a request fails: the server's message, which says what was
// wrong and what to do.
import { TRPCClientError } from "@trpc/client";

export function describeError(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  if (error instanceof Error) return error.message;
  return "something went wrong; try again";
}

export function isConflict(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "CONFLICT";
}
