// Inviting mails the invited address, and neither the owner's answer nor the mail tells whether
// that address has an account (issue 13, "Enumeration"): an address with an account and one
// without get the same answer and the same words. With no SMTP server set, the mail is kept in
// the outbox, which `claimtrail outbox` shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { runCli } from "../support/run-cli";
import { testEngines } from "../support/test-databases";

/** The outbox's mail to `to`, newest first. */
const mailTo = (to: string) => readOutbox(env().outboxDir, 1000).filter((mail) => mail.to === to);

describe.each(testEngines())("invitation mail on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db, { tag: `mail-${engine.name}` });
  });
  afterAll(() => database.close());

  it("answers the owner and words the mail the same whether the address has an account or not", async () => {
    const known = fx.users.outsider.email;
    const unknown = `nobody-${engine.name}@elsewhere.example`;
    const invite = (email: string) =>
      fx.callers.owner.workspaces.invite({ workspaceId: fx.workspace.id, email, role: "EDITOR" });
    const answers = [await invite(known), await invite(unknown)];
    expect(answers.map(({ id: _id, email: _email, ...rest }) => rest)).toEqual([
      { role: "EDITOR" },
      { role: "EDITOR" },
    ]);

    const [toKnown] = mailTo(known);
    const [toUnknown] = mailTo(unknown);
    expect(toKnown).toMatchObject({ subject: "Invitation to Europe Desk on Claimtrail" });
    // Each carries its own secret link (PUBLIC_URL is unset here: a path); apart from it, the same words.
    const link = /\/invitations\/[A-Za-z0-9_-]{43}\n/;
    expect(toKnown!.text).toMatch(link);
    expect(link.exec(toKnown!.text)![0]).not.toBe(link.exec(toUnknown!.text)![0]);
    const withoutLink = (text: string) => text.replace(link, "LINK\n");
    expect(withoutLink(toKnown!.text)).toBe(withoutLink(toUnknown!.text));
    expect(toKnown!.text).toContain("Olivia Owner invited you to join Europe Desk on Claimtrail as an editor.");
    expect(toKnown!.text).toContain("Open this address on your newsroom's Claimtrail: /invitations/");
    expect(toKnown!.text).toContain("Sign in there with this address (or create an account with it)");
    expect(toKnown!.text).toMatch(/The link works once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  });

  it("links to the server's own origin when it was reached on a loopback address, as confirmation mail does", async () => {
    const local = createCaller(
      createInnerContext({
        db: database.db,
        session: { userId: fx.users.owner.userId, email: fx.users.owner.email, name: fx.users.owner.name },
        mailLinkBase: "http://127.0.0.1:3000",
      }),
    );
    const email = `local-${engine.name}@elsewhere.example`;
    await local.workspaces.invite({ workspaceId: fx.workspace.id, email, role: "VIEWER" });
    const [mail] = mailTo(email);
    expect(mail!.text).toMatch(/Open this link: http:\/\/127\.0\.0\.1:3000\/invitations\/[A-Za-z0-9_-]{43}\n/);
  });
});

describe("claimtrail outbox", { timeout: 120_000 }, () => {
  it("prints the kept mail, newest first, as text and as JSON", async () => {
    const outbox = { CLAIMTRAIL_OUTBOX_DIR: env().outboxDir };
    const json = await runCli(["outbox", "--json", "--limit", "1000"], outbox);
    expect(json.code).toBe(0);
    const mails = JSON.parse(json.stdout) as { to: string; sentAt: string }[];
    expect(mails.length).toBeGreaterThan(0);
    const times = mails.map((mail) => mail.sentAt);
    expect(times).toEqual([...times].sort().reverse());

    const text = await runCli(["outbox", "--limit", "1"], outbox);
    expect(text.stdout).toMatch(/^--- \S+ to \S+@\S+\nSubject: .+\n\n/);
    expect((await runCli(["outbox", "--limit", "0"], outbox)).code).toBe(2);
  });
});
