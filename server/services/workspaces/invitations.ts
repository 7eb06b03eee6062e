// Invitations: an owner offers a place in a workspace, with a role, to an email address; the
// person signed in with that address accepts (and becomes a member) or declines. Nobody is added
// to a workspace without consenting, and inviting says nothing about whether the address has an
// account: the invited address gets the same mail either way (invitation-mail.ts). An owner may
// withdraw an invitation before it is answered.
import type { InviteMemberInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { invitationMail } from "@/server/mail/invitation-mail";
import { sendMail } from "@/server/mail/send-mail";
import { recordAudit } from "../audit/record-audit";
import { countInvitationMail } from "../limits/invitation-limits";

const NO_SUCH_INVITATION = "no such invitation for you; it may have been withdrawn or answered already";

/**
 * Creates (or changes the role of) the invitation of `email`, and mails it to that address once
 * written. Throws CONFLICT when that address belongs to a member already (their role is changed
 * on the team list instead), RATE_LIMITED past the invitation mail limits (invitation-limits.ts).
 */
export async function inviteMember(db: Db, actorId: string, input: InviteMemberInput) {
  await countInvitationMail(db, actorId, input.workspaceId, input.email);
  const { invitation, mail } = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { workspaceId: input.workspaceId, user: { email: input.email } },
      select: { id: true },
    });
    if (member)
      throw new AppError("CONFLICT", `${input.email} is a member already; change their role in the team list`);
    const invitation = await tx.invitation.upsert({
      where: { workspaceId_email: { workspaceId: input.workspaceId, email: input.email } },
      create: { workspaceId: input.workspaceId, email: input.email, role: input.role, invitedById: actorId },
      update: { role: input.role, invitedById: actorId },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: "invitation.create",
      entityType: "invitation",
      entityId: invitation.id,
      after: { email: input.email, role: input.role },
    });
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { name: true },
    });
    const inviter = await tx.user.findUnique({ where: { id: actorId }, select: { name: true } });
    const mail = invitationMail({
      to: input.email,
      workspaceName: workspace.name,
      role: input.role,
      invitedBy: inviter?.name ?? null,
      baseUrl: env().publicUrl,
    });
    return { invitation, mail };
  });
  // Not awaited: the owner's answer never waits on, or varies with, the mail server.
  void sendMail(mail);
  return invitation;
}

/** The invitations addressed to the signed-in person's email, newest first. */
export async function listMyInvitations(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const rows = await db.invitation.findMany({
    where: { email: user.email },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      workspace: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    createdAt: row.createdAt,
    workspaceName: row.workspace.name,
    workspaceSlug: row.workspace.slug,
    invitedBy: row.invitedBy?.name ?? null,
  }));
}

/**
 * Accepts or declines an invitation addressed to the signed-in person. Accepting makes them a
 * member with the invited role (a membership they already have is kept as it is). Throws
 * NOT_FOUND when the invitation is not theirs or no longer exists.
 */
export async function answerInvitation(db: Db, userId: string, invitationId: string, accept: boolean) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const invitation = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: { id: true, email: true, role: true, workspaceId: true, workspace: { select: { slug: true } } },
    });
    if (!invitation || invitation.email !== user.email) throw new AppError("NOT_FOUND", NO_SUCH_INVITATION);
    // Of two answers (or an answer and a withdrawal) at once, only the one that deletes the row
    // goes on: the other waits for its lock and then finds it gone.
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id } });
    if (count === 0) throw new AppError("NOT_FOUND", NO_SUCH_INVITATION);
    if (accept) {
      const existing = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
        select: { id: true },
      });
      if (!existing)
        await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role } });
    }
    await recordAudit(tx, {
      workspaceId: invitation.workspaceId,
      actorId: userId,
      action: accept ? "invitation.accept" : "invitation.decline",
      entityType: "invitation",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    return { workspaceSlug: invitation.workspace.slug, accepted: accept };
  });
}

/** An owner takes back an invitation not yet answered. Throws NOT_FOUND when it is gone. */
export async function withdrawInvitation(db: Db, actorId: string, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: { id: true, email: true, role: true, workspaceId: true },
    });
    const { count } = invitation ? await tx.invitation.deleteMany({ where: { id: invitation.id } }) : { count: 0 };
    if (!invitation || count === 0)
      throw new AppError("NOT_FOUND", "no such invitation; it may have been answered already");
    await recordAudit(tx, {
      workspaceId: invitation.workspaceId,
      actorId,
      action: "invitation.withdraw",
      entityType: "invitation",
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
    return { id: invitation.id };
  });
}
