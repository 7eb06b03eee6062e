// No statement outlives its request: PostgreSQL cancels one that runs past the budget, and the
// API answers 503 with a message saying to try again (not a 500); PGlite, which cannot be
// interrupted, reports a statement over the budget once with its SQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/server/database/open-database";
import { translateDatabaseError } from "@/server/trpc/database-error-codes";
import { testEngines } from "../support/test-databases";

const BUDGET_MS = 300;
const engines = testEngines();

describe.runIf(engines.some((engine) => engine.name === "postgres"))(
  "a statement past the budget on PostgreSQL",
  () => {
    let database: Database;
    beforeAll(async () => {
      database = await engines.find((engine) => engine.name === "postgres")!.open({ statementTimeoutMs: BUDGET_MS });
    });
    afterAll(() => database?.close());

    it("is cancelled by the server and answered as 503 'try again'", async () => {
      const started = performance.now();
      const caught = await database.db.$queryRaw`SELECT pg_sleep(5)::text`.catch((error: unknown) => error);
      expect(performance.now() - started).toBeLessThan(4_000);
      const translated = translateDatabaseError(caught);
      expect(translated?.code).toBe("SERVICE_UNAVAILABLE");
      expect(translated?.message).toMatch(/took too long/);
    });

    it("leaves statements within the budget alone", async () => {
      expect(await database.db.$queryRaw<Array<{ one: number }>>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    });
  },
);

describe("a statement past the budget on PGlite", () => {
  let database: Database;
  beforeAll(async () => {
    database = await engines.find((engine) => engine.name === "pglite")!.open({ statementTimeoutMs: BUDGET_MS });
  });
  afterAll(() => database?.close());

  it("is reported once, with its duration and SQL", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await database.db.$queryRaw`SELECT pg_sleep(0.6)::text`;
      await database.db.$queryRaw`SELECT 1`;
      const lines = warned.mock.calls.map((call) => String(call[0]));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/over the 300 ms budget/);
      expect(lines[0]).toMatch(/pg_sleep/);
    } finally {
      warned.mockRestore();
    }
  });
});
