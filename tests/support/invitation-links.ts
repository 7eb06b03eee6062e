// The secret link of an invitation, read from an outbox folder as the invited person reads their
// mail (server/mail/outbox.ts: one JSON file per mail, names sortable by time). Test files running
// side by side share the run's outbox and reuse addresses (editor@newsroom.example), so given a
// caller only a link that is open on the caller's database counts.
import fs from "node:fs";
import path from "node:path";
import type { createCaller } from "@/server/trpc/root";

type Caller = ReturnType<typeof createCaller>;

const LINK = /\/invitations\/([A-Za-z0-9_-]{43})\b/;

/** The tokens of the invitation links mailed to `email` in `outboxDir`, newest first. */
export function invitationTokensTo(email: string, outboxDir: string): string[] {
  if (!fs.existsSync(outboxDir)) return [];
  const names = fs
    .readdirSync(outboxDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .reverse();
  const tokens: string[] = [];
  for (const name of names) {
    const mail = JSON.parse(fs.readFileSync(path.join(outboxDir, name), "utf8")) as { to: string; text: string };
    const token = mail.to === email ? LINK.exec(mail.text)?.[1] : undefined;
    if (token) tokens.push(token);
  }
  return tokens;
}

/** The newest link mailed to `email` that is open on `caller`'s database. @throws when none is. */
export async function openInvitationToken(caller: Caller, email: string, outboxDir: string): Promise<string> {
  for (const token of invitationTokensTo(email, outboxDir))
    if ((await caller.workspaces.invitationLink({ token })).state === "open") return token;
  throw new Error(`no open invitation link mailed to ${email} in ${outboxDir}`);
}
