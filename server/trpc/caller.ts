// Server components call procedures through this caller: the same code path as HTTP clients,
// with the session of the page's request.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { readThroughCache } from "@/server/cache/public-reads";
import { getDb } from "@/server/db";
import { readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { createInnerContext } from "./context";
import { createCaller } from "./root";

/** One per request (React's cache): the page and its metadata read the session once. */
export const getServerCaller = cache(async () => {
  const db = await getDb();
  const token = (await cookies()).get(SESSION_COOKIE)?.value ?? null;
  const session = await readSession(db, token);
  return createCaller(
    createInnerContext({ db, session, sessionToken: session ? token : null, publicReads: readThroughCache }),
  );
});
