// Sends one mail: through the SMTP server CLAIMTRAIL_SMTP_URL names (nodemailer), or, when none
// is set, into the outbox folder (outbox.ts), printed to the server's log too in development
// so a developer sees the mail where they run the server. Delivery happens after the write it
// reports on has committed; a failure is logged (one JSON line on stderr) and never reaches the
// person who asked: what they are told must not depend on the mail (it could tell whether an
// address has an account).
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/server/env";
import { keepInOutbox, type OutgoingMail } from "./outbox";

type MailSettings = { smtpUrl: string | null; mailFrom: string; outboxDir: string; isDevelopment: boolean };

const transports = new Map<string, Transporter>();

/**
 * Delivers `mail`; resolves once it is handed to the SMTP server or kept in the outbox. Never
 * throws. The outbox file is written before the first await, so a caller that does not wait (a
 * request must not wait on a mail server) still finds it kept when the call returns.
 */
export async function sendMail(mail: OutgoingMail, settings: MailSettings = env()): Promise<void> {
  try {
    if (settings.smtpUrl) {
      await smtpTransport(settings.smtpUrl).sendMail({ from: settings.mailFrom, ...mail });
      return;
    }
    const file = keepInOutbox(settings.outboxDir, mail);
    if (settings.isDevelopment)
      console.log(
        `mail to ${mail.to} (kept in ${file}; \`claimtrail outbox\` lists it)\n${mail.subject}\n\n${mail.text}`,
      );
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        where: "sendMail",
        message: `mail "${mail.subject}" not delivered: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
  }
}

function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Nodemailer waits 2 minutes for a connection by default; a mail server that is down is
    // reported sooner, and nothing waits on it anyway (callers do not await delivery).
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    transports.set(url, transport);
  }
  return transport;
}
