// Sign-up no longer tells whether an address has an account (issue 13, "Enumeration"): every
// address gets the same answer, only the mailbox learns what happened; a new account signs in
// once confirmed; the first CONFIRMED account, not the first sign-up, owns the demo newsroom.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { confirmationTokensTo, signUpConfirmed } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const PASSWORD = "a long enough password";
const mailsTo = (to: string) => readOutbox(env().outboxDir, 500).filter((mail) => mail.to === to);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe.each(testEngines())("sign-up without enumeration on $name", (engine) => {
  let database: Database;
  const email = (who: string) => `${who}-${engine.name}@enumeration.example`;
  const auth = () => createCaller(createInnerContext({ db: database.db })).auth;

  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  it("answers an address with an account as a new one, creates and changes nothing, and mails the address", async () => {
    const known = email("kay");
    const kay = await signUpConfirmed(auth(), { email: known, name: "Kay", password: PASSWORD });
    const before = await database.db.user.findUniqueOrThrow({ where: { id: kay.id } });
    const users = await database.db.user.count();

    const toKnown = await auth().signUp({ email: known, name: "Mallory", password: "another long password" });
    const toNew = await auth().signUp({ email: email("new"), name: "New", password: PASSWORD });
    expect(toKnown).toEqual(toNew);
    expect(toKnown.message).toMatch(/^check your mail/);

    expect(await database.db.user.count()).toBe(users + 1);
    expect(await database.db.user.findUniqueOrThrow({ where: { id: kay.id } })).toEqual(before);
    expect(mailsTo(known)[0]).toMatchObject({ subject: "Someone tried to sign up to Claimtrail with your address" });
    expect(mailsTo(known)[0]!.text).toContain("Nothing was created and your account is unchanged.");
    expect(await auth().signIn({ email: known, password: PASSWORD })).toMatchObject({ id: kay.id });
    expect(await failure(auth().signIn({ email: known, password: "another long password" }))).toEqual({
      code: "UNAUTHORIZED",
      message: "wrong email or password",
    });
  });

  it("refuses sign-in until the address is confirmed, telling it only to whoever has the password", async () => {
    const address = email("lou");
    await auth().signUp({ email: address, name: "Lou", password: PASSWORD });
    expect(await failure(auth().signIn({ email: address, password: PASSWORD }))).toEqual({
      code: "FORBIDDEN",
      message:
        "confirm your address first: open the link we mailed to it when you signed up, or have the mail sent again below",
    });
    const wrong = await failure(auth().signIn({ email: address, password: "not the password" }));
    const unknown = await failure(auth().signIn({ email: email("nobody"), password: "not the password" }));
    expect(wrong).toEqual(unknown);

    await auth().confirmEmail({ token: confirmationTokensTo(address)[0]!, password: PASSWORD });
    expect(await auth().signIn({ email: address, password: PASSWORD })).toMatchObject({ email: address });
  });

  it("gives an account still waiting the newest sign-up's name and password; only the newest link works", async () => {
    const address = email("max");
    await auth().signUp({ email: address, name: "First Max", password: "first long password" });
    const [first] = confirmationTokensTo(address);
    await auth().signUp({ email: address, name: "Max", password: PASSWORD });
    const [second] = confirmationTokensTo(address);
    expect(await database.db.user.count({ where: { email: address } })).toBe(1);
    expect(await failure(auth().confirmEmail({ token: first!, password: PASSWORD }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await auth().confirmEmail({ token: second!, password: PASSWORD })).toMatchObject({ name: "Max" });
    expect(await auth().signIn({ email: address, password: PASSWORD })).toMatchObject({ name: "Max" });
  });

  it("lets no one confirm a password they did not choose: a stranger's sign-up on a waiting address takes nothing over", async () => {
    const address = email("alice");
    await auth().signUp({ email: address, name: "Alice", password: PASSWORD });
    // A stranger signs up with Alice's address before she confirms: the newest link is the only
    // one that works, and it is mailed to Alice, but it confirms only with the stranger's password.
    await auth().signUp({ email: address, name: "Alice", password: "the stranger knows this" });
    const [newest] = confirmationTokensTo(address);
    const refused = await failure(auth().confirmEmail({ token: newest!, password: PASSWORD }));
    expect(refused).toEqual({
      code: "UNAUTHORIZED",
      message:
        "this is not the password chosen at the newest sign-up with this address: enter that one, or sign up again to choose a new one (its mail then holds a new link)",
    });
    expect(await failure(auth().signIn({ email: address, password: "the stranger knows this" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    // Alice signs up again and confirms with her own password; the stranger's no longer signs in.
    const since = new Date(Date.now() - 1).toISOString();
    await auth().signUp({ email: address, name: "Alice", password: PASSWORD });
    const [hers] = confirmationTokensTo(address, since);
    expect(await auth().confirmEmail({ token: hers!, password: PASSWORD })).toMatchObject({ email: address });
    expect(await failure(auth().signIn({ email: address, password: "the stranger knows this" }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await auth().signIn({ email: address, password: PASSWORD })).toMatchObject({ email: address });
  });

  it("makes the first confirmed account, not the first sign-up, owner of the demo, in the confirmation's transaction", async () => {
    const fresh = await engine.open();
    try {
      await loadDemo(fresh.db, repoRoot);
      const on = () => createCaller(createInnerContext({ db: fresh.db })).auth;
      const demoOwners = () =>
        fresh.db.membership.findMany({
          where: { role: "OWNER", workspace: { slug: "demo" } },
          select: { userId: true },
        });
      for (const who of ["early", "late"])
        await on().signUp({ email: email(`${who}-owner`), name: who, password: PASSWORD });
      expect(await demoOwners()).toEqual([]);

      const late = await on().confirmEmail({
        token: confirmationTokensTo(email("late-owner"))[0]!,
        password: PASSWORD,
      });
      expect(await demoOwners()).toEqual([{ userId: late.id }]);
      const early = await on().confirmEmail({
        token: confirmationTokensTo(email("early-owner"))[0]!,
        password: PASSWORD,
      });
      expect(await demoOwners()).toEqual([{ userId: late.id }]);
      expect(await fresh.db.membership.count({ where: { userId: early.id } })).toBe(0);

      // Rows written by one transaction share its id (xmin): the confirmation, its audit record,
      // the ownership and its audit record.
      const written = await fresh.db.$queryRaw<{ what: string; tx: string }[]>`
        SELECT action AS what, xmin::text AS tx FROM audit_event
          WHERE actor_id = ${late.id}::uuid AND action IN ('user.confirm_email', 'membership.first_owner')
        UNION ALL SELECT 'membership', xmin::text FROM membership WHERE user_id = ${late.id}::uuid
        UNION ALL SELECT 'user', xmin::text FROM app_user WHERE id = ${late.id}::uuid`;
      expect(written.map((row) => row.what).sort()).toEqual([
        "membership",
        "membership.first_owner",
        "user",
        "user.confirm_email",
      ]);
      expect(new Set(written.map((row) => row.tx)).size).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
