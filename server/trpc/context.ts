// Two context functions: the inner one is what procedures see and what tests build directly;
// the request one (server/trpc/request-context.ts) reads the session cookie around it.
import type { Db } from "@/server/database/open-database";
import { prismaReader, type SqlReader } from "@/server/database/sql-connection";
import type { SessionUser } from "@/server/services/auth/sessions";

export type { SessionUser };

export type InnerContext = {
  db: Db;
  /**
   * Where reads written in SQL go: Prisma's connection (`db`), or in the CLI the database's own
   * (server/cli/sourcing-reader.ts), so that a command reading only in SQL never loads Prisma's
   * query compiler.
   */
  sql: SqlReader;
  session: SessionUser | null;
  /** The session token of this request, for sign-out. */
  sessionToken: string | null;
  /** Set-Cookie values to send back (sign-in, sign-out); HTTP requests forward them. */
  setCookies: string[];
  secureCookies: boolean;
  /** Who the client counts as over HTTP, for limits per client: its address, an IPv6 one as its /64 (server/http/request-client.ts); null otherwise. */
  clientAddress: string | null;
  /**
   * The base of links in mail this request causes (confirmation links): PUBLIC_URL, or the
   * request's origin when it is a loopback address (a first run on one machine); null otherwise,
   * since a Host header is the client's word and a link to another host would hand it the token.
   */
  mailLinkBase: string | null;
  /**
   * How signed-out reads are answered: from the app server's cache (server/cache/public-reads.ts)
   * or, in tests and the CLI, by running them.
   */
  publicReads: PublicReads;
};

/** Answers the read named `name` with `input`, the same for every signed-out reader. */
export type PublicReads = <T>(name: string, input: unknown, read: () => Promise<T>) => Promise<T>;

const readDirectly: PublicReads = (_name, _input, read) => read();

export function createInnerContext(options: {
  db: Db;
  sql?: SqlReader;
  session?: SessionUser | null;
  sessionToken?: string | null;
  secureCookies?: boolean;
  clientAddress?: string | null;
  mailLinkBase?: string | null;
  publicReads?: PublicReads;
}): InnerContext {
  return {
    db: options.db,
    sql: options.sql ?? prismaReader(options.db),
    session: options.session ?? null,
    sessionToken: options.sessionToken ?? null,
    setCookies: [],
    secureCookies: options.secureCookies ?? false,
    clientAddress: options.clientAddress ?? null,
    mailLinkBase: options.mailLinkBase ?? null,
    publicReads: options.publicReads ?? readDirectly,
  };
}
