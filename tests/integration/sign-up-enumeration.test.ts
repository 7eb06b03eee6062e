// Sign-up no longer tells whether an address has an account (issue 13, "Enumeration"): every
// address gets the same answer, only the mailbox learns what happened; a new account signs in
// once confirmed; the first CONFIRMED account, not the first sign-up, owns the demo newsroom.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";
import { hashPassword } from "@/server/services/auth/passwords";
import { PENDING_SIGN_UP_HOURS, recordPendingSignUp } from "@/server/services/auth/pending-sign-ups";
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

  it("keeps each sign-up of a waiting address with its own link: confirming takes that sign-up's name and password", async () => {
    const address = email("max");
    await auth().signUp({ email: address, name: "First Max", password: "first long password" });
    const [first] = confirmationTokensTo(address);
    await auth().signUp({ email: address, name: "Max", password: PASSWORD });
    const [second] = confirmationTokensTo(address);
    expect(await database.db.user.count({ where: { email: address } })).toBe(1);
    // Each link confirms with its own sign-up's password only.
    expect(await failure(auth().confirmEmail({ token: first!, password: PASSWORD }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    // Before confirming, sign-in checks one password, the newest sign-up's, as for any address.
    expect(await failure(auth().signIn({ email: address, password: PASSWORD }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(auth().signIn({ email: address, password: "first long password" }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await auth().confirmEmail({ token: second!, password: PASSWORD })).toMatchObject({ name: "Max" });
    expect(await auth().signIn({ email: address, password: PASSWORD })).toMatchObject({ name: "Max" });
    expect(await failure(auth().signIn({ email: address, password: "first long password" }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await failure(auth().confirmEmail({ token: first!, password: "first long password" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await database.db.pendingSignUp.count({ where: { user: { email: address } } })).toBe(0);
  });

  it.each([
    ["after", false],
    ["before", true],
  ])(
    "lets a stranger who signs up %s the owner replace nothing: the owner's own link and password confirm",
    async (_when, strangerFirst) => {
      const address = email(`alice-${strangerFirst ? "late" : "early"}`);
      const stranger = { email: address, name: "Alice", password: "the stranger knows this" };
      const owner = { email: address, name: "Alice", password: PASSWORD };
      const since = new Date(Date.now() - 1).toISOString();
      for (const signUp of strangerFirst ? [stranger, owner] : [owner, stranger]) await auth().signUp(signUp);
      const links = confirmationTokensTo(address, since); // newest first
      const [owners, strangers] = strangerFirst ? links : [links[1], links[0]];
      // The stranger's link reaches the owner's mailbox; it confirms nothing with the owner's password.
      expect(await failure(auth().confirmEmail({ token: strangers!, password: PASSWORD }))).toEqual({
        code: "UNAUTHORIZED",
        message:
          "this is not the password chosen when signing up with this address: enter that one, or sign up again to choose a new one (its mail then holds a new link)",
      });
      expect(await auth().confirmEmail({ token: owners!, password: PASSWORD })).toMatchObject({ email: address });
      expect(await failure(auth().signIn({ email: address, password: "the stranger knows this" }))).toMatchObject({
        code: "UNAUTHORIZED",
      });
      expect(await auth().signIn({ email: address, password: PASSWORD })).toMatchObject({ email: address });
      expect(
        await failure(auth().confirmEmail({ token: strangers!, password: "the stranger knows this" })),
      ).toMatchObject({
        code: "NOT_FOUND",
      });
    },
  );

  it("keeps every sign-up while its link works: a stranger's many sign-ups end nothing of the owner's", async () => {
    const address = email("ned");
    await auth().signUp({ email: address, name: "Ned", password: PASSWORD });
    const [own] = confirmationTokensTo(address);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: address }, select: { id: true } });
    const strangerHash = await hashPassword("the stranger knows this");
    // More sign-ups than the mail limit lets through in two hours, all newer than the owner's.
    for (let i = 0; i < 12; i++)
      await database.db.$transaction((tx) =>
        recordPendingSignUp(tx, user.id, { name: `Stranger ${i}`, passwordHash: strangerHash }),
      );
    // A link sent again checks only the newest 5 sign-ups' passwords: here all the stranger's.
    const since = new Date(Date.now() - 1).toISOString();
    await auth().resendConfirmation({ email: address });
    const [resent] = confirmationTokensTo(address, since);
    expect(await failure(auth().confirmEmail({ token: resent!, password: PASSWORD }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    // The owner's own link still confirms the owner's sign-up.
    expect(await auth().confirmEmail({ token: own!, password: PASSWORD })).toMatchObject({ name: "Ned" });
    expect(await database.db.pendingSignUp.count({ where: { userId: user.id } })).toBe(0);
  });

  it("removes a waiting address's sign-ups older than their link's 24 hours at its next sign-up", async () => {
    const address = email("ola");
    await auth().signUp({ email: address, name: "Ola", password: PASSWORD });
    const [own] = confirmationTokensTo(address);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: address }, select: { id: true } });
    const later = new Date(Date.now() + (PENDING_SIGN_UP_HOURS * 60 + 1) * 60 * 1000);
    const newer = await database.db.$transaction(async (tx) =>
      recordPendingSignUp(tx, user.id, { name: "Ola", passwordHash: await hashPassword(PASSWORD) }, later),
    );
    expect(await database.db.pendingSignUp.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: newer },
    ]);
    expect(await failure(auth().confirmEmail({ token: own!, password: PASSWORD }))).toMatchObject({
      code: "NOT_FOUND",
    });
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
