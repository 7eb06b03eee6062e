import { z } from "zod";
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
import {
  answerInvitation,
  inviteMember,
  listMyInvitations,
  withdrawInvitation,
} from "@/server/services/workspaces/invitations";
import {
  createWorkspace,
  getWorkspaceForMember,
  listMyWorkspaces,
} from "@/server/services/workspaces/manage-workspaces";
import { listTeam, removeMember, setMemberRole } from "@/server/services/workspaces/members";
import { authedProcedure, createRouter, memberProcedure, ownerProcedure } from "../init";
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
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listTeam(ctx.db, input.workspaceId)),

  invite: ownerProcedure(byWorkspaceId)
    .input(InviteMemberInput)
    .output(z.object({ id: z.string(), email: z.string(), role: Role }))
    .mutation(({ ctx, input }) => inviteMember(ctx.db, ctx.session.userId, input)),

  withdrawInvitation: ownerProcedure(byInvitationId)
    .input(InvitationRef)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.db, ctx.session.userId, input.invitationId)),

  /** Invitations addressed to the signed-in person's email. */
  myInvitations: authedProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          role: Role,
          createdAt: z.date(),
          workspaceName: z.string(),
          workspaceSlug: z.string(),
          invitedBy: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => listMyInvitations(ctx.db, ctx.session.userId)),

  answerInvitation: authedProcedure
    .input(InvitationRef.extend({ accept: z.boolean() }))
    .output(z.object({ workspaceSlug: z.string(), accepted: z.boolean() }))
    .mutation(({ ctx, input }) => answerInvitation(ctx.db, ctx.session.userId, input.invitationId, input.accept)),

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
