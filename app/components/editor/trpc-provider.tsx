"use client";
// The browser's tRPC client for editor pages: one batched HTTP link to /api/trpc, cookies sent
// with each request. Components read with `useQuery(trpc.x.queryOptions())` and write with
// `useWrite(trpc.x.mutationOptions())` (use-write.ts), which refreshes the page afterwards.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import { MAX_BATCH_SIZE } from "@/server/trpc/request-limits";
import type { AppRouter } from "@/server/trpc/root";

const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export { useTRPC };

export function EditorTrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } }));
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", maxItems: MAX_BATCH_SIZE })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
