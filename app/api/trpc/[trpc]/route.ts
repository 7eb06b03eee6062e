import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { createRequestContext } from "@/server/trpc/request-context";

const handler = createTrpcHandler(createRequestContext);

export { handler as GET, handler as POST };
