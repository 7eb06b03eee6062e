// Signing up in the browser as a person does: the sign-up form, then the confirmation link the
// server mailed (kept in its outbox, <data folder>/outbox, without an SMTP server), then its button.
import path from "node:path";
import type { Page } from "playwright-core";
import { readOutbox } from "@/server/mail/outbox";
import type { AppServer } from "./app-server";

type Person = { name: string; email: string; password: string };

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

/**
 * Fills the sign-up form already open in `page` and sends it, waits for "Check your mail", then
 * opens the link mailed to the address, enters the password and presses "Confirm my address"; the page then goes where
 * confirming leads (the sign-up's ?next=, else /editor), signed in.
 */
export async function signUpAndConfirm(page: Page, server: AppServer, person: Person): Promise<void> {
  const before = new Date(Date.now() - 1).toISOString();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Check your mail" }).waitFor();
  await page.goto(await confirmationLinkTo(server, person.email, before));
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Confirm my address" }).click();
}

/**
 * Signs up over HTTP as a script would (auth.signUp), then confirms with the link mailed to the
 * address (auth.confirmEmail). `headers` go with both requests. @returns the session cookie ("name=value").
 */
export async function signUpOverHttp(
  server: AppServer,
  person: Person,
  headers: Record<string, string> = {},
): Promise<string> {
  const before = new Date(Date.now() - 1).toISOString();
  const post = async (procedure: string, input: unknown) => {
    const response = await fetch(`${server.url}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
    return response;
  };
  await post("auth.signUp", person);
  const token = new URL(await confirmationLinkTo(server, person.email, before)).searchParams.get("token");
  const confirmed = await post("auth.confirmEmail", { token, password: person.password });
  return confirmed.headers.get("set-cookie")!.split(";")[0]!;
}
