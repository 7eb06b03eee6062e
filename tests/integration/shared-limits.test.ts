// Limits do not multiply with app servers (issue 13): on PostgreSQL the counters live in the
// database, so two servers on one database (two handles here, each with its own connections
// and its own limiters, as two processes would have) share each count. Runs on PostgreSQL only:
// PGlite belongs to one process, which keeps its counters in memory.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { signIn, signUp } from "@/server/services/auth/accounts";
import { confirmEmail } from "@/server/services/auth/email-confirmations";
import { countPublicRead } from "@/server/services/limits/public-read-limits";
import { confirmationTokensTo } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";
import { repoRoot, testPostgresUrl, withDatabase } from "../support/test-env";

const postgres = testEngines().find((engine) => engine.name === "postgres");
const PASSWORD = "correct horse battery staple";

async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe.skipIf(!postgres)("limits shared by two app servers on one PostgreSQL", () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await postgres!.open();
    const [row] = await first.db.$queryRawUnsafe<{ name: string }[]>("SELECT current_database() AS name");
    second = await openDatabase(
      { kind: "postgres", url: withDatabase(testPostgresUrl()!, row!.name) },
      { root: repoRoot, migrate: false },
    );
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("counts reads made through either server against one limit", async () => {
    const client = "203.0.113.40";
    for (let i = 0; i < 3; i++) await countPublicRead(first.db, client, 5);
    for (let i = 0; i < 2; i++) await countPublicRead(second.db, client, 5);
    for (const server of [first, second])
      expect(await outcomeOf(countPublicRead(server.db, client, 5))).toMatch(
        /^RATE_LIMITED: too many reads from your address \(at most 5 a minute/,
      );
    expect(await outcomeOf(countPublicRead(second.db, "203.0.113.41", 5))).toBe("OK");
  });

  it("pauses sign-in after 10 wrong passwords split between the two servers", async () => {
    const since = new Date(Date.now() - 1).toISOString();
    await signUp(first.db, { email: "dana@example.org", name: "Dana", password: PASSWORD });
    const [token] = confirmationTokensTo("dana@example.org", since);
    await confirmEmail(first.db, { token: token!, password: PASSWORD });
    const from = { client: "203.0.113.50" };
    for (let attempt = 0; attempt < 10; attempt++) {
      const server = attempt % 2 === 0 ? first : second;
      expect(
        await outcomeOf(signIn(server.db, { email: "dana@example.org", password: `guess ${attempt}` }, from)),
      ).toBe("UNAUTHORIZED: wrong email or password");
    }
    for (const server of [first, second])
      expect(await outcomeOf(signIn(server.db, { email: "dana@example.org", password: PASSWORD }, from))).toMatch(
        /^RATE_LIMITED: sign-in to this account from your address is paused after 10 wrong passwords/,
      );
    expect(
      await outcomeOf(signIn(second.db, { email: "dana@example.org", password: PASSWORD }, { client: "203.0.113.51" })),
    ).toBe("OK");
  });
});
