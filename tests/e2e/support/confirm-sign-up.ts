// Signing up in the browser as a person does: the sign-up form, then the confirmation link the
// server mailed (kept in its outbox, <data folder>/outbox, without an SMTP server), then its button.
import path from "node:path";
import { readOutbox } from "@/server/mail/outbox";
import type { AppServer } from "./app-server";

/** The newest confirmation link the server mailed to `email`, waiting up to 10 s for it. */
export async function confirmationLinkTo(server: AppServer, email: string, after = ""): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mail = readOutbox(path.join(server.dataDir, "outbox"), 200).find(
      (each) => each.to === email && each.subject === "Confirm your address for Claimtrail" && each.sentAt > after,
    );
    const link = mail ? /(http:\/\/\S+\/confirm\?\S+)/.exec(mail.text)?.[1] : undefined;
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no confirmation link mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
