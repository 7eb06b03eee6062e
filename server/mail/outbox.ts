// The outbox: where mail goes when no SMTP server is configured (development, tests, a newsroom
// that has none yet). One JSON file per mail in a folder (by default <data folder>/outbox), so the
// operator reads it with `claimtrail outbox` even while the server holds the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type OutgoingMail = { to: string; subject: string; text: string };
export type OutboxMail = OutgoingMail & { sentAt: string };

/** Keeps `mail` in `dir` (created when missing); returns the file written. */
export function keepInOutbox(dir: string, mail: OutgoingMail, now = new Date()): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Sortable by time, unique within a millisecond; written then renamed, so a reader never sees half.
  const name = `${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.json`;
  const file = path.join(dir, name);
  const stored: OutboxMail = { ...mail, sentAt: now.toISOString() };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(stored), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/** The newest `limit` mails of the outbox, newest first; none when it does not exist. */
export function readOutbox(dir: string, limit: number): OutboxMail[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return names.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as OutboxMail);
}
