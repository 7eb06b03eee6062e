// A new installation needs someone to run it: the first account whose address is confirmed
// becomes owner of every workspace nobody owns yet (the seed's demo newsroom). Not the first
// sign-up: anyone can sign up with any address, only the address's owner can confirm it.
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

/** Serializes confirmations (and sign-ups), so exactly one account can be the installation's first. */
export const ACCOUNTS_LOCK_KEY = 7_231_954_003;

/**
 * Makes `userId` owner of the workspaces without an owner when no other account is confirmed,
 * each with its audit record, inside the caller's transaction (which must hold ACCOUNTS_LOCK_KEY).
 * @returns the ids of the workspaces it now owns.
 */
export async function claimOwnerlessWorkspaces(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const othersConfirmed = await tx.user.count({ where: { id: { not: userId }, emailConfirmedAt: { not: null } } });
  if (othersConfirmed > 0) return [];
  const ownerless = await tx.workspace.findMany({
    where: { memberships: { none: { role: "OWNER" } } },
    select: { id: true },
  });
  for (const workspace of ownerless) {
    await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "OWNER" } });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: userId,
      action: "membership.first_owner",
      entityType: "membership",
      entityId: `${workspace.id}:${userId}`,
      after: { role: "OWNER" },
    });
  }
  return ownerless.map((workspace) => workspace.id);
}
