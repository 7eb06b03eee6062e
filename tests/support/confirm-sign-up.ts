// Signing up as a person does: sign up, then open the confirmation link mailed to the address
// (read from the outbox, where mail goes without an SMTP server), enter the password and press its button. Test files
// run side by side and share one outbox, so every link mailed to the address since the sign-up
// is tried, newest first, until one confirms on this database.
import type { SignUpInput } from "@/lib/auth/schemas";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";
import type { createCaller } from "@/server/trpc/root";

type Auth = ReturnType<typeof createCaller>["auth"];
type Me = { id: string; email: string; name: string };

const CONFIRMATION_SUBJECT = "Confirm your address for Claimtrail";

/** The tokens of the confirmation links mailed to `email` at or after `since` (ISO time), newest first. */
export function confirmationTokensTo(email: string, since = ""): string[] {
  return readOutbox(env().outboxDir, 500)
    .filter((mail) => mail.to === email && mail.subject === CONFIRMATION_SUBJECT && mail.sentAt >= since)
    .map((mail) => /\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1])
    .filter((token): token is string => !!token);
}

/** Confirms `email` with the newest link mailed to it since `since` that works; throws when none does. */
async function confirmThroughOutbox(auth: Auth, email: string, password: string, since = ""): Promise<Me> {
  for (const token of confirmationTokensTo(email, since)) {
    const me = await auth.confirmEmail({ token, password }).catch(() => null);
    if (me) return me;
  }
  throw new Error(`no working confirmation link mailed to ${email} since ${since || "ever"}`);
}

/** Signs up with `input` and confirms the address; the caller's context is then signed in as the account. */
export async function signUpConfirmed(auth: Auth, input: SignUpInput): Promise<Me> {
  const since = new Date(Date.now() - 1).toISOString();
  await auth.signUp(input);
  return confirmThroughOutbox(auth, input.email.trim().toLowerCase(), input.password, since);
}
