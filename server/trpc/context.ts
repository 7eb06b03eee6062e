// Two context functions: the inner one is what procedures see and what tests build directly;
// the request one (server/trpc/request-context.ts) reads cookies and headers around it.
import type { Db } from "@/server/database/open-database";

export type SessionUser = { userId: string; email: string; name: string };

export type InnerContext = {
  db: Db;
  session: SessionUser | null;
};

export function createInnerContext(options: { db: Db; session?: SessionUser | null }): InnerContext {
  return { db: options.db, session: options.session ?? null };
}
