// The little a migration runner needs from a database driver, so PGlite and node-postgres
// can be driven the same way.
import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";

export type SqlConnection = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
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

export function pgConnection(client: Client): SqlConnection {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}
