// Mail through a real SMTP server (smtp-server on loopback) when CLAIMTRAIL_SMTP_URL is set,
// into the outbox folder when it is not, and a server that cannot be reached is logged, never
// thrown at the person whose request sent the mail.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readOutbox } from "@/server/mail/outbox";
import { sendMail } from "@/server/mail/send-mail";

const received: { from: string; to: string[]; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        data,
      });
      callback();
    });
  },
});
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-outbox-"));
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(resolve));
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const mail = { to: "kim@desk.example", subject: "Invitation to Desk on Claimtrail", text: "Sign in, then accept." };
const settings = { mailFrom: "Claimtrail <news@desk.example>", outboxDir, isDevelopment: false };

describe("sending mail", () => {
  it("hands the mail to the SMTP server CLAIMTRAIL_SMTP_URL names, keeping nothing in the outbox", async () => {
    await sendMail(mail, { ...settings, smtpUrl: `smtp://127.0.0.1:${port}` });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "news@desk.example", to: ["kim@desk.example"] });
    expect(received[0]!.data).toContain("Subject: Invitation to Desk on Claimtrail");
    expect(received[0]!.data).toContain("Sign in, then accept.");
    expect(readOutbox(outboxDir, 10)).toEqual([]);
  });

  it("keeps the mail in the outbox without an SMTP server", async () => {
    await sendMail(mail, { ...settings, smtpUrl: null });
    expect(readOutbox(outboxDir, 10)).toEqual([{ ...mail, sentAt: expect.any(String) }]);
  });

  it("logs a server that cannot be reached and resolves", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await sendMail(mail, { ...settings, smtpUrl: "smtp://127.0.0.1:1" });
      expect(logged).toHaveBeenCalledOnce();
      expect(JSON.parse(String(logged.mock.calls[0]![0]))).toMatchObject({ level: "error", where: "sendMail" });
    } finally {
      logged.mockRestore();
    }
  });
});
