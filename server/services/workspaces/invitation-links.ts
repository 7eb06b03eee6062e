// The secret link of an invitation (issue 13). An invitation is answered only through the link
// mailed to the invited address, by the account with that address: matching by address alone
// let whoever signed up with it first see and accept it. The link's token is 32 random bytes;
// only its SHA-256 is stored, so a leaked database holds no usable link. A link works for
// INVITATION_LINK_DAYS and once: answering deletes the invitation, and inviting the address
// again replaces its link.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { hashToken } from "../auth/sessions";

/** How long an invitation link works, in days. */
const INVITATION_LINK_DAYS = 7;

const GONE =
  "this invitation link no longer works: it was used, withdrawn, or replaced by a newer invitation to the same address";

/** A fresh link: the token for the mail, its SHA-256 (hex) to store, and when it stops working. */
export function newInvitationLink(now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_LINK_DAYS * 24 * 60 * 60 * 1000),
  };
}

export type InvitationLinkView =
  | {
      state: "open";
      workspaceName: string;
      role: Role;
      email: string;
      invitedBy: string | null;
      expiresAt: Date;
    }
  | { state: "expired"; workspaceName: string; expiresAt: Date }
  | { state: "gone" };

/**
 * What the link `token` offers, for its page (reads only: a mail scanner following the link
 * changes nothing). "gone": no invitation has this token (used, withdrawn, replaced, or never).
 */
export async function readInvitationLink(db: Db, token: string, now = new Date()): Promise<InvitationLinkView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      workspace: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation?.expiresAt) return { state: "gone" };
  if (invitation.expiresAt <= now)
    return { state: "expired", workspaceName: invitation.workspace.name, expiresAt: invitation.expiresAt };
  return {
    state: "open",
    workspaceName: invitation.workspace.name,
    role: invitation.role,
    email: invitation.email,
    invitedBy: invitation.invitedBy?.name ?? null,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepts or declines the invitation of the link `token`, as the signed-in account `userId`.
 * Accepting makes them a member with the invited role (a membership they have is kept as is).
 * Throws NOT_FOUND for a link that no longer works, CONFLICT for an expired one, FORBIDDEN when
 * the account's address is not the invited one (the link alone is not enough, nor the address).
 */
export async function answerInvitation(db: Db, userId: string, token: string, accept: boolean, now = new Date()) {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        workspaceId: true,
        workspace: { select: { slug: true, name: true } },
      },
    });
    if (!invitation?.expiresAt) throw new AppError("NOT_FOUND", GONE);
    if (invitation.expiresAt <= now)
      throw new AppError(
        "CONFLICT",
        `this invitation link expired on ${invitation.expiresAt.toISOString().slice(0, 10)}; ask an owner of ${invitation.workspace.name} to invite you again`,
      );
    if (invitation.email !== user.email.toLowerCase())
      throw new AppError(
        "FORBIDDEN",
        `this invitation is for ${invitation.email}, and you are signed in as ${user.email}: sign in with the invited address to answer it`,
      );
    // Single use: of two answers (or an answer and a withdrawal or a new link) at once, only the
    // one that deletes the row with this token goes on; the other waits for its lock and finds
    // it gone.
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id, tokenHash } });
    if (count === 0) throw new AppError("NOT_FOUND", GONE);
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
