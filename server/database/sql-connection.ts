// The little a migration runner or a read written in SQL needs from a database driver, so
// PGlite, node-postgres and Prisma's own connection can be driven the same way.
import type { PGlite } from "@electric-sql/pglite";
import type { Client, Pool } from "pg";
import type { PrismaClient } from "./prisma";

/** Sends one statement with positional parameters ($1, $2…) and returns its rows. */
export type SqlReader = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
};

export type SqlConnection = SqlReader & {
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
};

export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export function pgConnection(client: Client | Pool): SqlConnection {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/**
 * Reads through Prisma's connection (`$queryRawUnsafe`: still one parameterized statement), for
 * a process where other work shares it: on PGlite's one session, a statement sent beside Prisma
 * would run inside whatever transaction Prisma has open.
 */
export function prismaReader(db: InstanceType<typeof PrismaClient>): SqlReader {
  return {
    query<Row>(sql: string, params: unknown[] = []) {
      return db.$queryRawUnsafe<Row[]>(sql, ...params);
    },
  };
}
