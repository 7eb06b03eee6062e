// Sign-in and sign-up limits (issue 13: 43 guesses a second, none refused): ten wrong passwords
// pause an account for 15 minutes, the right password included, and an unknown address the same
// way; a success clears the count; one client address gets 30 attempts a minute. Answers are
// TOO_MANY_REQUESTS (429) saying when to try again.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

const PASSWORD = "correct horse battery staple";

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

// The counters belong to the process, so each engine's accounts and addresses are its own.
describe.each(testEngines())("sign-in limits, on $name", (engine) => {
  let database: Database;
  const from = (client: string) => createCaller(createInnerContext({ db: database.db, clientAddress: client }));
  const email = (who: string) => `${who}-${engine.name.toLowerCase()}@example.org`;
  const address = (n: number) => `${engine.name}-203.0.113.${n}`;

  beforeAll(async () => {
    database = await engine.open();
    for (const who of ["dana", "erin"])
      await from(address(200)).auth.signUp({ email: email(who), name: who, password: PASSWORD });
  });
  afterAll(() => database?.close());

  it("pauses an account after 10 wrong passwords, the right one included, and leaves others alone", async () => {
    for (let attempt = 1; attempt <= 10; attempt++)
      expect(
        await codeOf(from(address(attempt)).auth.signIn({ email: email("dana"), password: `guess ${attempt}` })),
      ).toBe("UNAUTHORIZED: wrong email or password");
    expect(await codeOf(from(address(11)).auth.signIn({ email: email("dana"), password: PASSWORD }))).toMatch(
      /^TOO_MANY_REQUESTS: sign-in to this account is paused after 10 wrong passwords; try again in 15 minutes$/,
    );
    expect(await codeOf(from(address(11)).auth.signIn({ email: email("erin"), password: PASSWORD }))).toBe("OK");
  });

  it("pauses an unknown address the same way, so a pause tells nobody whether an account exists", async () => {
    for (let attempt = 1; attempt <= 10; attempt++)
      await codeOf(from(address(20)).auth.signIn({ email: email("nobody"), password: `guess ${attempt}` }));
    expect(await codeOf(from(address(21)).auth.signIn({ email: email("nobody"), password: PASSWORD }))).toMatch(
      /^TOO_MANY_REQUESTS: sign-in to this account is paused/,
    );
  });

  it("clears the count when the right password comes first", async () => {
    for (let round = 0; round < 3; round++) {
      for (let attempt = 1; attempt <= 9; attempt++)
        await codeOf(from(address(30 + round)).auth.signIn({ email: email("erin"), password: `guess ${attempt}` }));
      expect(await codeOf(from(address(40 + round)).auth.signIn({ email: email("erin"), password: PASSWORD }))).toBe(
        "OK",
      );
    }
  });

  it("answers 30 sign-ins and sign-ups a minute from one address, then asks it to wait; other addresses go on", async () => {
    const client = from(address(50));
    const answers: string[] = [];
    for (let attempt = 0; attempt < 31; attempt++)
      answers.push(await codeOf(client.auth.signIn({ email: email(`flood${attempt}`), password: "a guess" })));
    expect(answers.slice(0, 30).every((answer) => answer.startsWith("UNAUTHORIZED"))).toBe(true);
    expect(answers[30]).toMatch(
      /^TOO_MANY_REQUESTS: too many sign-in and sign-up attempts from your address \(at most 30 a minute\); try again in \d+ seconds$/,
    );
    expect(await codeOf(client.auth.signUp({ email: email("flood-new"), name: "Flood", password: PASSWORD }))).toMatch(
      /^TOO_MANY_REQUESTS/,
    );
    expect(await codeOf(from(address(51)).auth.signIn({ email: email("dana-free"), password: "a guess" }))).toMatch(
      /^UNAUTHORIZED/,
    );
  });
});
