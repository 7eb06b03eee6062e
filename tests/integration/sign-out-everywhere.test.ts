// Signing out everywhere ends every session of the person (each device's cookie) and revokes
// their API tokens, in one transaction with its audit record; other people stay signed in. API
// tokens last 90 days. A session names its person until it expires.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { readApiToken } from "@/server/services/auth/api-tokens";
import { readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";

const PASSWORD = "correct horse battery staple";
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testEngines())("signing out everywhere, on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  /** Signs in as a browser would, returning the session token its cookie carries. */
  async function signInOnADevice(email: string, signUp = false): Promise<string> {
    const context = createInnerContext({ db: database.db });
    const auth = createCaller(context).auth;
    if (signUp) await signUpConfirmed(auth, { email, name: email.split("@")[0]!, password: PASSWORD });
    else await auth.signIn({ email, password: PASSWORD });
    const cookie = context.setCookies.find((value) => value.startsWith(`${SESSION_COOKIE}=`))!;
    return cookie.slice(SESSION_COOKIE.length + 1).split(";")[0]!;
  }

  async function callerOf(token: string) {
    const session = await readSession(database.db, token);
    return { context: createInnerContext({ db: database.db, session, sessionToken: token }), session };
  }

  it("ends the sessions of every device and the API tokens, and leaves other people signed in", async () => {
    const laptop = await signInOnADevice("dana@example.org", true);
    const phone = await signInOnADevice("dana@example.org");
    const other = await signInOnADevice("erin@example.org", true);
    const { context } = await callerOf(laptop);
    const apiToken = await createCaller(context).auth.createApiToken();
    expect(Date.parse(apiToken.expiresAt) - Date.now()).toBeGreaterThan(89 * DAY_MS);
    expect(Date.parse(apiToken.expiresAt) - Date.now()).toBeLessThanOrEqual(90 * DAY_MS);
    expect(await readApiToken(database.db, apiToken.token)).not.toBeNull();

    const { context: onPhone, session } = await callerOf(phone);
    expect(await createCaller(onPhone).auth.signOutEverywhere()).toEqual({ ended: 3 });
    expect(onPhone.setCookies).toEqual([expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`))]);

    expect(await readSession(database.db, laptop)).toBeNull();
    expect(await readSession(database.db, phone)).toBeNull();
    expect(await readApiToken(database.db, apiToken.token)).toBeNull();
    expect(await readSession(database.db, other)).toMatchObject({ email: "erin@example.org" });
    const audit = await database.db.auditEvent.findMany({
      where: { action: "user.sign_out_everywhere" },
      select: { actorId: true, after: true },
    });
    expect(audit).toEqual([{ actorId: session!.userId, after: { ended: 3 } }]);
  });

  it("reads a session's person in full until the session expires, and no one after", async () => {
    const token = await signInOnADevice("fay@example.org", true);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "fay@example.org" } });
    expect(await readSession(database.db, token)).toEqual({
      userId: user.id,
      email: "fay@example.org",
      name: "fay",
    });
    await database.db.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await readSession(database.db, token)).toBeNull();
    expect(await readSession(database.db, "not-a-token")).toBeNull();
    expect(await readSession(database.db, "x".repeat(101))).toBeNull();
  });

  it("refuses someone signed out", async () => {
    await expect(createCaller(createInnerContext({ db: database.db })).auth.signOutEverywhere()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
