// Confirming an address (issue 13, "Enumeration"): sign-up mails a link whose token is stored
// only as a SHA-256 hash, expires after 24 hours and works once; opening the link (a GET) leaves
// it unused, the page's POST confirms. "Send the mail again" answers every address alike.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/server/database/open-database";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";
import { confirmEmail, issueEmailConfirmation } from "@/server/services/auth/email-confirmations";
import { SESSION_COOKIE } from "@/server/services/auth/sessions";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { confirmationTokensTo } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";

const PASSWORD = "a long enough password";
const HOUR_MS = 60 * 60 * 1000;
const mailsTo = (to: string) => readOutbox(env().outboxDir, 500).filter((mail) => mail.to === to);

describe.each(testEngines())("email confirmation on $name", (engine) => {
  let database: Database;
  const email = (who: string) => `${who}-${engine.name}@confirm.example`;
  const anonymous = () => createCaller(createInnerContext({ db: database.db }));
  const confirmedAt = async (address: string) =>
    (await database.db.user.findUniqueOrThrow({ where: { email: address }, select: { emailConfirmedAt: true } }))
      .emailConfirmedAt;

  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  it("mails a link whose token is stored only as its SHA-256; opening it confirms nothing, its POST does, once", async () => {
    const address = email("ada");
    await anonymous().auth.signUp({ email: address, name: "Ada", password: PASSWORD });
    const [mail] = mailsTo(address);
    expect(mail).toMatchObject({ subject: "Confirm your address for Claimtrail" });
    expect(mail!.text).toContain('created a Claimtrail account named "Ada"');
    const [token] = confirmationTokensTo(address);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const rows = await database.db.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(c)::text AS row FROM email_confirmation c
      UNION ALL SELECT row_to_json(u)::text FROM app_user u
      UNION ALL SELECT row_to_json(a)::text FROM audit_event a`;
    expect(rows.some(({ row }) => row.includes(token!))).toBe(false);
    const stored = await database.db.emailConfirmation.findMany({ select: { tokenHash: true } });
    expect(stored.map((row) => row.tokenHash)).toContain(createHash("sha256").update(token!).digest("hex"));

    // What the page opened by the link asks (a GET), as often as a mail scanner likes.
    for (let i = 0; i < 3; i++)
      expect(await anonymous().auth.confirmationPending({ token: token! })).toEqual({ email: address });
    expect(await confirmedAt(address)).toBeNull();

    const context = createInnerContext({ db: database.db });
    const me = await createCaller(context).auth.confirmEmail({ token: token!, password: PASSWORD });
    expect(me).toMatchObject({ email: address, name: "Ada" });
    expect(await confirmedAt(address)).toBeInstanceOf(Date);
    expect(context.setCookies).toEqual([expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=[^;]+;`))]);
    const audit = await database.db.auditEvent.findMany({ where: { action: "user.confirm_email", actorId: me.id } });
    expect(audit).toHaveLength(1);

    expect(await anonymous().auth.confirmationPending({ token: token! })).toEqual({ email: null });
    await expect(anonymous().auth.confirmEmail({ token: token!, password: PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "this confirmation link is expired, used already or unknown; ask for a new mail below",
    });
    expect(await database.db.emailConfirmation.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuses a link after its 24 hours, and an unknown or malformed one, with a clear message", async () => {
    const address = email("bo");
    await anonymous().auth.signUp({ email: address, name: "Bo", password: PASSWORD });
    const [token] = confirmationTokensTo(address);
    const later = new Date(Date.now() + 24 * HOUR_MS + 1000);
    await expect(
      confirmEmail(database.db, { token: token!, password: PASSWORD }, { client: null }, later),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await confirmedAt(address)).toBeNull();

    const user = await database.db.user.findUniqueOrThrow({ where: { email: address }, select: { id: true } });
    const expired = await database.db.$transaction((tx) =>
      issueEmailConfirmation(tx, user.id, null, new Date(Date.now() - 25 * HOUR_MS)),
    );
    expect(await anonymous().auth.confirmationPending({ token: expired })).toEqual({ email: null });
    await expect(anonymous().auth.confirmEmail({ token: expired, password: PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(anonymous().auth.confirmEmail({ token: "A".repeat(43), password: PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(anonymous().auth.confirmEmail({ token: "not a token!", password: PASSWORD })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("a confirmation token holds only letters, digits, - and _"),
    });
    expect(await confirmedAt(address)).toBeNull();
  });

  it("sends the mail again with the same answer for every address; earlier links work until one confirms", async () => {
    const waiting = email("cy");
    await anonymous().auth.signUp({ email: waiting, name: "Cy", password: PASSWORD });
    const [first] = confirmationTokensTo(waiting);
    const confirmed = email("di");
    await anonymous().auth.signUp({ email: confirmed, name: "Di", password: PASSWORD });
    await anonymous().auth.confirmEmail({ token: confirmationTokensTo(confirmed)[0]!, password: PASSWORD });
    const unknown = email("nobody");

    const answers = [];
    for (const address of [waiting, confirmed, unknown])
      answers.push(await anonymous().auth.resendConfirmation({ email: address }));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]!.message).toMatch(/^check your mail/);

    const [second] = confirmationTokensTo(waiting);
    expect(second).not.toBe(first);
    // The mail sent again on request names no account: anyone may have chosen the name.
    expect(mailsTo(waiting)[0]!.text).toContain("asked again for the link that confirms this address");
    expect(mailsTo(waiting)[0]!.text).not.toContain("Cy");
    expect(await anonymous().auth.confirmationPending({ token: first! })).toEqual({ email: waiting });
    await expect(anonymous().auth.confirmEmail({ token: second!, password: "not the password" })).rejects.toMatchObject(
      {
        code: "UNAUTHORIZED",
      },
    );
    expect(await anonymous().auth.confirmEmail({ token: second!, password: PASSWORD })).toMatchObject({
      email: waiting,
      name: "Cy",
    });
    // Confirming ended every other link of the address.
    await expect(anonymous().auth.confirmEmail({ token: first!, password: PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(mailsTo(confirmed)[0]).toMatchObject({
      subject: "Someone tried to sign up to Claimtrail with your address",
    });
    expect(mailsTo(unknown)).toEqual([]);
  });

  it("mails one address the sign-up's mail and two more within 10 minutes, 6 in a day, refusing alike whether it has an account or not", async () => {
    const refusal = (address: string) =>
      anonymous()
        .auth.resendConfirmation({ email: address })
        .then(() => null)
        .catch((error: { code: string; message: string }) => ({ code: error.code, message: error.message }));
    const eve = email("eve");
    const nobody = email("nobody-else");
    // Only the clock the limits read moves: the database and its drivers keep their timers.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      await anonymous().auth.signUp({ email: eve, name: "Eve", password: PASSWORD }); // eve's 1st mail
      await anonymous().auth.resendConfirmation({ email: eve }); // 2nd, at once
      await anonymous().auth.signUp({ email: eve, name: "Eve", password: PASSWORD }); // 3rd
      for (let i = 0; i < 3; i++) await anonymous().auth.resendConfirmation({ email: nobody });
      const soon = [await refusal(eve), await refusal(nobody)];
      expect(soon[0]).toEqual({
        code: "TOO_MANY_REQUESTS",
        message:
          "this address was sent 3 sign-up mails in the last 10 minutes; look for them in its inbox (and spam folder), or try again in 10 minutes",
      });
      expect(soon[1]).toEqual(soon[0]);
      expect(mailsTo(eve)).toHaveLength(3);

      // 10 minutes on, three more; the attempts refused above spent none of the day's 6.
      vi.setSystemTime(Date.now() + 10 * 60 * 1000 + 1000);
      for (const address of [eve, nobody]) {
        for (let i = 0; i < 3; i++) expect(await refusal(address)).toBeNull();
        expect(await refusal(address)).toMatchObject({ message: expect.stringContaining("in the last 10 minutes") });
      }
      expect(mailsTo(eve)).toHaveLength(6);

      vi.setSystemTime(Date.now() + 10 * 60 * 1000 + 1000);
      const dayOver = [await refusal(eve), await refusal(nobody)];
      expect(dayOver[0]).toEqual({
        code: "TOO_MANY_REQUESTS",
        message:
          "this address was sent 6 sign-up mails in the last 24 hours, the most it is sent; try again in 24 hours",
      });
      expect(dayOver[1]).toEqual(dayOver[0]);
      // A sign-up is refused as a mail sent again is: nothing is mailed, nothing changes.
      await expect(
        anonymous().auth.signUp({ email: eve, name: "Eve again", password: PASSWORD }),
      ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(mailsTo(eve)).toHaveLength(6);

      vi.setSystemTime(Date.now() + 24 * HOUR_MS);
      expect(await refusal(eve)).toBeNull();
      expect(mailsTo(eve)).toHaveLength(7);
    } finally {
      vi.useRealTimers();
    }
  });
  it("counts an address's sub-addressed variants (ann+1@…) as one mailbox", async () => {
    const [local, domain] = email("mallory-target").split("@");
    const variant = (tag: string) => `${local}+${tag}@${domain}`;
    for (const tag of ["a", "b", "c"]) await anonymous().auth.resendConfirmation({ email: variant(tag) });
    await expect(anonymous().auth.resendConfirmation({ email: variant("d") })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(anonymous().auth.resendConfirmation({ email: `${local}@${domain}` })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });
});
