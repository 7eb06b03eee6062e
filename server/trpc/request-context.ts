// The context of an HTTP request: the app database and the session its cookie names.
import "server-only";
import { readThroughCache } from "@/server/cache/public-reads";
import { getDb } from "@/server/db";
import { mailLinkBaseOfRequest } from "@/server/http/public-base-url";
import { requestClientKey } from "@/server/http/request-client";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { createInnerContext, type InnerContext } from "./context";

export async function createRequestContext(request: Request): Promise<InnerContext> {
  const db = await getDb();
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  const session = await readSession(db, token);
  const secureCookies =
    new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return createInnerContext({
    db,
    session,
    sessionToken: session ? token : null,
    secureCookies,
    clientAddress: requestClientKey(request.headers),
    mailLinkBase: mailLinkBaseOfRequest(request),
    publicReads: readThroughCache,
  });
}
