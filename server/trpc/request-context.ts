// The context of an HTTP request: the app database and, once sign-in exists, the session
// read from the request's cookie.
import "server-only";
import { getDb } from "@/server/db";
import { createInnerContext, type InnerContext } from "./context";

export async function createRequestContext(_request: Request): Promise<InnerContext> {
  return createInnerContext({ db: await getDb(), session: null });
}
