// Sign-in and sign-up limits (issue 13: 43 guesses a second, none refused): ten wrong passwords
// from one client address pause that address's sign-in to the account for 15 minutes, the right
// password included, and an unknown account the same way, while the owner elsewhere still signs
// in (issue 13: a batch of ten wrong guesses from anywhere locked the owner out); past 100
// failures from all addresses the account is slowed to one attempt every 10 seconds, never shut;
// a success clears the count; one client address gets 30 attempts a minute. Answers are
// TOO_MANY_REQUESTS (429) saying when to try again.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
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
      await signUpConfirmed(from(address(200)).auth, { email: email(who), name: who, password: PASSWORD });
  });
  afterAll(() => database?.close());

  it("pauses one address after 10 wrong passwords, the right one included; the owner elsewhere still signs in", async () => {
    for (let attempt = 1; attempt <= 10; attempt++)
      expect(await codeOf(from(address(1)).auth.signIn({ email: email("dana"), password: `guess ${attempt}` }))).toBe(
        "UNAUTHORIZED: wrong email or password",
      );
    expect(await codeOf(from(address(1)).auth.signIn({ email: email("dana"), password: PASSWORD }))).toMatch(
      /^TOO_MANY_REQUESTS: sign-in to this account from your address is paused after 10 wrong passwords; try again in 15 minutes$/,
    );
    expect(await codeOf(from(address(2)).auth.signIn({ email: email("dana"), password: PASSWORD }))).toBe("OK");
    expect(await codeOf(from(address(1)).auth.signIn({ email: email("erin"), password: PASSWORD }))).toBe("OK");
  });

  it("lets no stranger lock the owner out with one batch of 10 wrong sign-ins over HTTP", async () => {
    const handlerFor = (client: string) =>
      createTrpcHandler(async () => createInnerContext({ db: database.db, clientAddress: client }));
    const guesses = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [String(i), { email: email("dana"), password: `batch guess ${i}` }]),
    );
    const batch = await handlerFor(address(60))(
      new Request(`http://localhost/api/trpc/${Array(10).fill("auth.signIn").join(",")}?batch=1`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(guesses),
      }),
    );
    const answers = (await batch.json()) as { error?: { data: { httpStatus: number } } }[];
    expect(answers.map((answer) => answer.error?.data.httpStatus)).toEqual(Array(10).fill(401));
    const owner = await handlerFor(address(61))(
      new Request("http://localhost/api/trpc/auth.signIn", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: email("dana"), password: PASSWORD }),
      }),
    );
    expect(owner.status).toBe(200);
    const stranger = await handlerFor(address(60))(
      new Request("http://localhost/api/trpc/auth.signIn", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: email("dana"), password: PASSWORD }),
      }),
    );
    expect(stranger.status).toBe(429);
  });

  it("pauses an unknown account the same way, so a pause tells nobody whether an account exists", async () => {
    for (let attempt = 1; attempt <= 10; attempt++)
      await codeOf(from(address(20)).auth.signIn({ email: email("nobody"), password: `guess ${attempt}` }));
    expect(await codeOf(from(address(20)).auth.signIn({ email: email("nobody"), password: PASSWORD }))).toMatch(
      /^TOO_MANY_REQUESTS: sign-in to this account from your address is paused/,
    );
    expect(await codeOf(from(address(21)).auth.signIn({ email: email("nobody"), password: PASSWORD }))).toBe(
      "UNAUTHORIZED: wrong email or password",
    );
  });

  it("slows an account guessed at from many addresses to one attempt every 10 seconds, and still lets the owner in", async () => {
    await signUpConfirmed(from(address(200)).auth, { email: email("kim"), name: "kim", password: PASSWORD });
    for (let client = 0; client < 10; client++)
      for (let attempt = 1; attempt <= 10; attempt++)
        await codeOf(from(address(100 + client)).auth.signIn({ email: email("kim"), password: `guess ${attempt}` }));
    expect(await codeOf(from(address(120)).auth.signIn({ email: email("kim"), password: PASSWORD }))).toBe("OK");
    expect(await codeOf(from(address(121)).auth.signIn({ email: email("kim"), password: "one more guess" }))).toMatch(
      /^TOO_MANY_REQUESTS: sign-in to this account is slowed after many wrong passwords \(one attempt every 10 seconds\); try again in \d+ seconds$/,
    );
  });

  it("clears the count when the right password comes first", async () => {
    for (let round = 0; round < 3; round++) {
      for (let attempt = 1; attempt <= 9; attempt++)
        await codeOf(from(address(30)).auth.signIn({ email: email("erin"), password: `guess ${attempt}` }));
      expect(await codeOf(from(address(30)).auth.signIn({ email: email("erin"), password: PASSWORD }))).toBe("OK");
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
