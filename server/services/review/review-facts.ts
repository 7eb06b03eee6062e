// What the workflow needs to know about claims beyond their state, read from the columns the
// writes keep up to date (record-audit.ts, transition-claim.ts): who last changed each claim's
// sourcing, who submitted it and when, the version signed off, and the send-back note.
import type { Person } from "@/lib/review/schemas";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";

export const reviewFactsSelect = {
  lastSourcingEditorId: true,
  submittedById: true,
  submittedAt: true,
  signedOffVersion: true,
  reviewNote: true,
  reviewNoteById: true,
  reviewNoteAt: true,
} satisfies Prisma.ClaimSelect;

/** Names of the given users, in one query. */
export async function readPeople(
  db: Db | Prisma.TransactionClient,
  ids: Iterable<string | null>,
): Promise<Map<string, Person>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user]));
}
