// Counts the SQL statements Prisma sends, by wrapping its driver adapter: the real database
// runs every query, the wrapper only tallies them.
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type QueryCounter = {
  count: number;
  statements: string[];
  /** The same statements with their bound values, e.g. to EXPLAIN them again. */
  queries: Array<{ sql: string; args: unknown[] }>;
  reset(): void;
};

export function createQueryCounter(): {
  counter: QueryCounter;
  wrapAdapter: (factory: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
} {
  const counter: QueryCounter = {
    count: 0,
    statements: [],
    queries: [],
    reset() {
      this.count = 0;
      this.statements = [];
      this.queries = [];
    },
  };
  const countingQueries = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (query: { sql: string; args: unknown[] }) => {
            counter.count++;
            counter.statements.push(query.sql);
            counter.queries.push({ sql: query.sql, args: query.args });
            return value.call(object, query);
          };
        }
        if (property === "startTransaction" || property === "connect") {
          return async (...args: unknown[]) => countingQueries(await value.apply(object, args));
        }
        return value.bind(object);
      },
    });
  return { counter, wrapAdapter: (factory) => countingQueries(factory) };
}
