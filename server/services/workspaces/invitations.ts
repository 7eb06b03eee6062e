// Invitations: an owner offers a place in a workspace, with a role, to an email address, and a
// secret link is mailed to it; the person signed in with that address opens the link and accepts
// (becoming a member) or declines (invitation-links.ts). Nobody is added to a workspace without
// consenting, and inviting says nothing about whether the address has an account: the invited
// address gets the same mail either way (invitation-mail.ts). An owner may withdraw an
// invitation before it is answered.
import { invitationPath } from "@/lib/auth/invitation-link";
import type { InviteMemberInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { invitationMail } from "@/server/mail/invitation-mail";
import { sendMail } from "@/server/mail/send-mail";
import { recordAudit } from "../audit/record-audit";
import { countInvitationMail } from "../limits/invitation-limits";
import { newInvitationLink } from "./invitation-links";

/**
 * Creates (or changes the role of) the invitation of `email` with a new secret link, and mails the
 * link to that address once written; a link mailed before stops working. `linkBase`: where the
 * mailed link points (PUBLIC_URL, or a loopback origin: server/http/public-base-url.ts); null
 * falls back to PUBLIC_URL, and without it to the bare path. Throws CONFLICT when that address belongs to a member already (their role is changed
 * on the team list instead), RATE_LIMITED past the invitation mail limits (invitation-limits.ts).
 */
export async function inviteMember(db: Db, actorId: string, input: InviteMemberInput, linkBase: string | null) {
  await countInvitationMail(db, actorId, input.workspaceId, input.email);
  const { token, tokenHash, expiresAt } = newInvitationLink();
  const { invitation, mail } = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { workspaceId: input.workspaceId, user: { email: input.email } },
      select: { id: true },
    });
    if (member)
      throw new AppError("CONFLICT", `${input.email} is a member already; change their role in the team list`);
    const invitation = await tx.invitation.upsert({
      where: { workspaceId_email: { workspaceId: input.workspaceId, email: input.email } },
      create: {
        workspaceId: input.workspaceId,
        email: input.email,
        role: input.role,
        invitedById: actorId,
        tokenHash,
        expiresAt,
      },
      update: { role: input.role, invitedById: actorId, tokenHash, expiresAt },
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
      link: `${linkBase ?? env().publicUrl ?? ""}${invitationPath(token)}`,
      expiresAt,
    });
    return { invitation, mail };
  });
  // Not awaited: the owner's answer never waits on, or varies with, the mail server.
  void sendMail(mail);
  return invitation;
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
