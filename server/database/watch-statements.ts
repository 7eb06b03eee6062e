// PGlite's stand-in for statement_timeout. PGlite runs PostgreSQL in WebAssembly on the event
// loop: nothing can interrupt a statement once it runs, and it ignores statement_timeout. So a
// statement that ran longer than the budget is reported once, with its duration and the start of
// its SQL, for the bounded-work rule to be mended where it broke.
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

function reportSlow(sql: string, elapsedMs: number, budgetMs: number): void {
  console.warn(
    JSON.stringify({
      level: "warn",
      message: `a statement took ${Math.round(elapsedMs)} ms (queued and running), over the ${budgetMs} ms budget`,
      sql: sql.replace(/\s+/g, " ").slice(0, 300),
    }),
  );
}

function timed<T extends object>(target: T, budgetMs: number): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return async (query: { sql: string }) => {
          const started = performance.now();
          try {
            return await value.call(object, query);
          } finally {
            const elapsed = performance.now() - started;
            if (elapsed > budgetMs) reportSlow(query.sql, elapsed, budgetMs);
          }
        };
      }
      if (property === "startTransaction" || property === "connect") {
        return async (...args: unknown[]) => timed(await value.apply(object, args), budgetMs);
      }
      return value.bind(object);
    },
  });
}

/** The adapter factory, reporting every statement slower than `budgetMs`. */
export function watchStatements(factory: SqlDriverAdapterFactory, budgetMs: number): SqlDriverAdapterFactory {
  return timed(factory, budgetMs);
}
