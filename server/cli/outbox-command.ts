// `claimtrail outbox`: the mail Claimtrail kept instead of sending it (no CLAIMTRAIL_SMTP_URL),
// newest first, for the operator to read or pass on. It reads the outbox folder only, never the
// database, so it works while the server runs.
import { AppError } from "@/lib/errors";
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import { env } from "@/server/env";
import { readOutbox } from "@/server/mail/outbox";

/** More than an operator reads at once; older mail stays in the folder. */
const MAX_LIMIT = 1000;

export async function outboxCommand(options: { json?: boolean; limit?: string }): Promise<void> {
  const limit = Number(options.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new AppError("INVALID", `--limit: a whole number from 1 to ${MAX_LIMIT}`);
  const settings = env();
  const mails = readOutbox(settings.outboxDir, limit);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(mails, null, 2)}\n`);
    return;
  }
  if (settings.smtpUrl) process.stderr.write("(CLAIMTRAIL_SMTP_URL is set: new mail is sent, not kept here)\n");
  if (mails.length === 0) process.stdout.write(`no mail in ${settings.outboxDir}\n`);
  const line = (text: string) => escapeControlCharacters(text);
  for (const mail of mails) {
    const body = escapeControlCharacters(mail.text, { keepLineBreaks: true });
    process.stdout.write(`--- ${line(mail.sentAt)} to ${line(mail.to)}\nSubject: ${line(mail.subject)}\n\n${body}\n\n`);
  }
}
