// What the workflow needs to know about claims beyond their row, read from their audit events
// in one query: who last changed each claim's sourcing, who submitted it and when, and the
// version it had when it was signed off.
import { isSourcingChange } from "@/lib/review/review-workflow";
import type { Person } from "@/lib/review/schemas";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";

export type ReviewFacts = {
  lastSourcingEditorId: string | null;
  submittedById: string | null;
  submittedAt: Date | null;
  /** The claim's version right after its latest sign-off. */
  signedOffVersion: number | null;
};

const EMPTY: ReviewFacts = {
  lastSourcingEditorId: null,
  submittedById: null,
  submittedAt: null,
  signedOffVersion: null,
};

export async function readReviewFacts(
  db: Db | Prisma.TransactionClient,
  claimIds: readonly string[],
): Promise<Map<string, ReviewFacts>> {
  const facts = new Map<string, ReviewFacts>(claimIds.map((id) => [id, { ...EMPTY }]));
  if (claimIds.length === 0) return facts;
  const events = await db.auditEvent.findMany({
    where: { entityType: "claim", entityId: { in: [...claimIds] } },
    orderBy: { createdAt: "desc" },
    select: { entityId: true, action: true, actorId: true, after: true, createdAt: true },
  });
  const seen = new Map<string, Set<string>>();
  for (const event of events) {
    const fact = facts.get(event.entityId)!;
    const done = seen.get(event.entityId) ?? new Set<string>();
    seen.set(event.entityId, done);
    // Only people count: a change the system made does not make anyone its author.
    if (!done.has("sourcing") && isSourcingChange(event.action) && event.actorId) {
      fact.lastSourcingEditorId = event.actorId;
      done.add("sourcing");
    }
    if (!done.has("submit") && event.action === "review.submit") {
      fact.submittedById = event.actorId;
      fact.submittedAt = event.createdAt;
      done.add("submit");
    }
    if (!done.has("sign_off") && event.action === "review.sign_off") {
      const version = (event.after as { version?: unknown } | null)?.version;
      fact.signedOffVersion = typeof version === "number" ? version : null;
      done.add("sign_off");
    }
  }
  return facts;
}

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
