// A workspace's team: members with their roles and the invitations not yet answered. Owners
// change roles and remove members; anyone may leave. A workspace always keeps an owner: the
// last one can be neither demoted, removed nor leave (rows of the workspace's owners are locked
// first, so two owners demoting each other at once cannot leave none).
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

const LAST_OWNER = "this is the workspace's last owner; make someone else owner first";

/** Members by name, then pending invitations, newest first. */
export async function listTeam(db: Db, workspaceId: string) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId },
      orderBy: { user: { name: "asc" } },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        role: true,
        createdAt: true,
        expiresAt: true,
        invitedBy: { select: { name: true } },
      },
    }),
  ]);
  return {
    members: members.map(({ role, createdAt, user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      since: createdAt,
    })),
    invitations: invitations.map(({ invitedBy, ...invitation }) => ({
      ...invitation,
      invitedBy: invitedBy?.name ?? null,
    })),
  };
}

/** The member's membership, with the workspace's owners locked. Throws NOT_FOUND when not a member. */
async function lockMembership(tx: Prisma.TransactionClient, workspaceId: string, userId: string) {
  await tx.$queryRaw`SELECT id FROM membership WHERE workspace_id = ${workspaceId}::uuid AND role = 'OWNER' ORDER BY id FOR UPDATE`;
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "no such member of this workspace");
  if (membership.role === "OWNER") {
    const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
    return { ...membership, lastOwner: owners === 1 };
  }
  return { ...membership, lastOwner: false };
}

/** Changes a member's role. Throws CONFLICT for the last owner, NOT_FOUND for a non-member. */
export async function setMemberRole(
  db: Db,
  actorId: string,
  input: { workspaceId: string; userId: string; role: Role },
) {
  return db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, input.workspaceId, input.userId);
    if (membership.lastOwner && input.role !== "OWNER") throw new AppError("CONFLICT", LAST_OWNER);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: "membership.set",
      entityType: "membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role },
      after: { email: membership.user.email, role: input.role },
    });
    return { userId: input.userId, role: input.role };
  });
}

/**
 * Ends a membership: an owner removing someone, or a member leaving (actor = the member).
 * Throws CONFLICT for the last owner, NOT_FOUND for a non-member.
 */
export async function removeMember(db: Db, actorId: string, input: { workspaceId: string; userId: string }) {
  return db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, input.workspaceId, input.userId);
    if (membership.lastOwner) throw new AppError("CONFLICT", LAST_OWNER);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: actorId === input.userId ? "membership.leave" : "membership.remove",
      entityType: "membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role },
    });
    return { userId: input.userId };
  });
}
