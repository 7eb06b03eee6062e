"use client";
// The editor's one way to write: a tRPC mutation through TanStack Query
// (`useWrite(trpc.x.mutationOptions())`), its pending flag, the problem to show when it fails,
// and, once it succeeds, fresh data everywhere: cached queries are invalidated and the
// server-rendered page refreshes, so what the editor sees is what was saved.
import { type UseMutationOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeProblem, type Problem } from "./describe-error";

export type Write<TData, TVariables> = {
  /** Resolves with the result, or with undefined when the write failed (its problem is then set). */
  run: (variables: TVariables) => Promise<TData | undefined>;
  pending: boolean;
  /** What the last call was asked to write (while pending: what is being written). */
  asked: TVariables | undefined;
  /** The last successful result. */
  data: TData | undefined;
  problem: Problem | null;
  reset: () => void;
};

export function useWrite<TData, TError, TVariables, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  { refresh = true }: { refresh?: boolean } = {},
): Write<TData, TVariables> {
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...options,
    onSuccess: async (...args) => {
      await options.onSuccess?.(...args);
      if (!refresh) return;
      await queryClient.invalidateQueries();
      router.refresh();
    },
  });
  return {
    run: (variables) => mutation.mutateAsync(variables).catch(() => undefined),
    pending: mutation.isPending,
    asked: mutation.variables,
    data: mutation.data,
    problem: mutation.error ? describeProblem(mutation.error) : null,
    reset: mutation.reset,
  };
}
