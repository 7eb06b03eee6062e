// A claim's history: every audited change to it and its chain, newest first, with who made it.
import type { Db } from "@/server/database/open-database";

export async function getClaimHistory(db: Db, claimId: string) {
  const events = await db.auditEvent.findMany({
    where: { entityType: "claim", entityId: claimId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      action: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return events.map(({ createdAt, actor, ...event }) => ({
    ...event,
    at: createdAt.toISOString(),
    actor: actor ? actor.name : "system",
  }));
}
