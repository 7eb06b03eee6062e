// The one line an editor sees when a request fails: the server's message, which says what was
// wrong and what to do; and, when someone else saved first (CONFLICT), the version they saved.
import { TRPCClientError } from "@trpc/client";

/** `code`: the tRPC code of the failure (e.g. "FORBIDDEN"), null when it was not the server's answer. */
export type Problem = { message: string; currentVersion: number | null; code: string | null };

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "something went wrong; try again";
}

/** The error's message, plus `error.data.details.currentVersion` of a CONFLICT (null otherwise). */
export function describeProblem(error: unknown): Problem {
  const data =
    error instanceof TRPCClientError ? (error.data as { code?: string; details?: unknown } | undefined) : undefined;
  const details = data?.code === "CONFLICT" ? (data.details as { currentVersion?: unknown } | null) : null;
  const currentVersion = typeof details?.currentVersion === "number" ? details.currentVersion : null;
  return { message: describeError(error), currentVersion, code: data?.code ?? null };
}
