import { z } from "zod";
import { AnswerInvitationInput, InvitationTokenInput } from "@/lib/auth/invitation-link";
import {
  CreateWorkspaceInput,
  InvitationRef,
  InviteMemberInput,
  MemberRef,
  MemberRoleInput,
  WorkspaceSlug,
} from "@/lib/auth/schemas";
import { CursorInput } from "@/lib/pagination/keyset-cursor";
import { ArticleStatus, Role } from "@/lib/vocabulary";
import { answerInvitation, readInvitationLink } from "@/server/services/workspaces/invitation-links";
import { inviteMember, withdrawInvitation } from "@/server/services/workspaces/invitations";
import {
  createWorkspace,
  getWorkspaceForMember,
  listMyWorkspaces,
} from "@/server/services/workspaces/manage-workspaces";
import { listTeam, removeMember, setMemberRole } from "@/server/services/workspaces/members";
import { authedProcedure, createRouter, memberProcedure, ownerProcedure, publicProcedure } from "../init";
import { byInvitationId, byWorkspaceId } from "../workspace-of";

const WorkspaceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  role: Role,
  articleCount: z.number().int(),
});

export const workspacesRouter = createRouter({
  create: authedProcedure
    .input(CreateWorkspaceInput)
    .output(z.object({ id: z.string(), slug: z.string(), name: z.string() }))
    .mutation(({ ctx, input }) => createWorkspace(ctx.db, ctx.session.userId, input)),

  mine: authedProcedure
    .output(z.array(WorkspaceSummary))
    .query(({ ctx }) => listMyWorkspaces(ctx.db, ctx.session.userId)),

  /** A workspace with a page of its articles, newest first (drafts included), for its members. */
  bySlug: authedProcedure
    .input(z.object({ slug: WorkspaceSlug, cursor: CursorInput.optional() }))
    .output(
      z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        role: Role,
        articles: z.array(
          z.object({
            id: z.string(),
            slug: z.string(),
            title: z.string(),
            status: ArticleStatus,
            claimCount: z.number().int(),
          }),
        ),
        /** Pass back as `cursor` for the next page of articles; null on the last. */
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => getWorkspaceForMember(ctx.db, input.slug, ctx.session.userId, { cursor: input.cursor })),

  /** Members and unanswered invitations, for every member (owners change them). */
  team: memberProcedure(byWorkspaceId)
    .input(z.object({ workspaceId: z.string().uuid() }))
    .output(
      z.object({
        members: z.array(
          z.object({ userId: z.string(), name: z.string(), email: z.string(), role: Role, since: z.date() }),
        ),
        invitations: z.array(
          z.object({
            id: z.string(),
            email: z.string(),
            role: Role,
            createdAt: z.date(),
            invitedBy: z.string().nullable(),
            /** When its link stops working; null for one made before links (invite again to mail one). */
            expiresAt: z.date().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listTeam(ctx.db, input.workspaceId)),

  invite: ownerProcedure(byWorkspaceId)
    .input(InviteMemberInput)
    .output(z.object({ id: z.string(), email: z.string(), role: Role }))
    .mutation(({ ctx, input }) => inviteMember(ctx.db, ctx.session.userId, input, ctx.mailLinkBase)),

  withdrawInvitation: ownerProcedure(byInvitationId)
    .input(InvitationRef)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.db, ctx.session.userId, input.invitationId)),

  /**
   * What an invitation's secret link offers, for its page: a read, so a mail scanner following
   * the link changes nothing. Public: the page is opened before signing in.
   */
  invitationLink: publicProcedure
    .input(InvitationTokenInput)
    .output(
      z.discriminatedUnion("state", [
        z.object({
          state: z.literal("open"),
          workspaceName: z.string(),
          role: Role,
          email: z.string(),
          invitedBy: z.string().nullable(),
          expiresAt: z.date(),
        }),
        z.object({ state: z.literal("expired"), workspaceName: z.string(), expiresAt: z.date() }),
        z.object({ state: z.literal("gone") }),
      ]),
    )
    .query(({ ctx, input }) => readInvitationLink(ctx.db, input.token)),

  /** Accepts or declines through the secret link, as the account with the invited address (a POST). */
  answerInvitation: authedProcedure
    .input(AnswerInvitationInput)
    .output(z.object({ workspaceSlug: z.string(), accepted: z.boolean() }))
    .mutation(({ ctx, input }) => answerInvitation(ctx.db, ctx.session.userId, input.token, input.accept)),

  setRole: ownerProcedure(byWorkspaceId)
    .input(MemberRoleInput)
    .output(z.object({ userId: z.string(), role: Role }))
    .mutation(({ ctx, input }) => setMemberRole(ctx.db, ctx.session.userId, input)),

  removeMember: ownerProcedure(byWorkspaceId)
    .input(MemberRef)
    .output(z.object({ userId: z.string() }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.session.userId, input)),

  /** The signed-in member leaves; the last owner cannot. */
  leave: memberProcedure(byWorkspaceId)
    .input(z.object({ workspaceId: z.string().uuid() }))
    .output(z.object({ userId: z.string() }))
    .mutation(({ ctx, input }) =>
      removeMember(ctx.db, ctx.session.userId, { workspaceId: input.workspaceId, userId: ctx.session.userId }),
    ),
});
