// The API over HTTP (mounted by app/api/trpc/[trpc]/route.ts): tRPC's fetch adapter with a
// batch limit, a body read against a limit before it is parsed, and every 5xx logged once with
// the reference its response carries. Signed-out public reads may be kept by a CDN (Cache-Control,
// ETag); everything else is private.
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { isAppError } from "@/lib/errors";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";
import { SHAREABLE_READS } from "@/lib/http/shareable-reads";
import { withPublicEtag } from "@/server/http/public-etag";
import { parseJsonBody, readLimitedText } from "@/server/http/read-limited-body";
import { retryAfterSecondsOf } from "@/server/http/retry-after";
import { comesFromAnotherOrigin } from "@/server/http/same-origin";
import { logServerError } from "@/server/http/server-error";
import { TRPC_CODE_FOR } from "./app-error-codes";
import type { InnerContext } from "./context";
import { bodyLimitFor, MAX_BATCH_SIZE } from "./request-limits";
import { appRouter } from "./root";

const ENDPOINT = "/api/trpc";

async function readJson(request: Request, paths: string[]): Promise<unknown> {
  try {
    const text = await readLimitedText(request, bodyLimitFor(paths), paths.join(", "));
    // No body: a procedure without input, called as a mutation.
    return text === "" ? undefined : parseJsonBody(text);
  } catch (error) {
    if (isAppError(error)) throw new TRPCError({ code: TRPC_CODE_FOR[error.code], message: error.message });
    throw error;
  }
}

/**
 * The request as tRPC sees it: its JSON body comes through readJson, and the other ways tRPC
 * could read a body (form data, a raw stream) are closed, since no procedure takes them.
 */
function guardedRequest(request: Request, paths: string[]): Request {
  return new Proxy(request, {
    get(target, property) {
      if (property === "json") return () => readJson(target, paths);
      if (property === "formData" || property === "text" || property === "arrayBuffer" || property === "blob")
        return () =>
          Promise.reject(new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "send JSON (application/json)" }));
      if (property === "body") return null;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function procedurePaths(request: Request): string[] {
  try {
    return decodeURIComponent(new URL(request.url).pathname.slice(ENDPOINT.length + 1)).split(",");
  } catch {
    return [];
  }
}

/** The handler of GET and POST /api/trpc/<procedures>, its context made by `createContext`. */
export function createTrpcHandler(createContext: (request: Request) => Promise<InnerContext>) {
  return (request: Request): Promise<Response> => handleTrpcRequest(request, createContext);
}

function handleTrpcRequest(
  request: Request,
  createContext: (request: Request) => Promise<InnerContext>,
): Promise<Response> {
  const paths = procedurePaths(request);
  if (request.method !== "GET" && comesFromAnotherOrigin(request)) {
    const message = "this request came from a page of another site; use Claimtrail's own pages";
    return Promise.resolve(
      Response.json(
        { error: { message, code: -32003, data: { code: "FORBIDDEN", httpStatus: 403 } } },
        { status: 403 },
      ),
    );
  }
  const answer = fetchRequestHandler({
    endpoint: ENDPOINT,
    req: guardedRequest(request, paths),
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext(request),
    onError({ error, path }) {
      if (getHTTPStatusCodeFromError(error) >= 500) logServerError(error, `trpc ${path ?? "(unknown procedure)"}`);
    },
    responseMeta({ ctx, paths, type, errors }) {
      const headers = new Headers();
      for (const cookie of ctx?.setCookies ?? []) headers.append("set-cookie", cookie);
      const shareable =
        type === "query" &&
        errors.length === 0 &&
        ctx !== undefined &&
        ctx.session === null &&
        ctx.setCookies.length === 0 &&
        (paths ?? []).length > 0 &&
        (paths ?? []).every((path) => SHAREABLE_READS.has(path));
      headers.set("cache-control", shareable ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
      const retryAfter = retryAfterSecondsOf(errors.map((error) => error.cause));
      if (retryAfter !== null) headers.set("retry-after", String(retryAfter));
      return { headers };
    },
  });
  return answer.then((response) => withPublicEtag(request, response));
}
