import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/trpc/request-context";
import { appRouter } from "@/server/trpc/root";

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createRequestContext(request),
    responseMeta({ ctx }) {
      const headers = new Headers();
      for (const cookie of ctx?.setCookies ?? []) headers.append("set-cookie", cookie);
      return { headers };
    },
  });
}

export { handler as GET, handler as POST };
