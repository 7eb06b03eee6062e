import { z } from "zod";
import { AddMemberInput, CreateWorkspaceInput, WorkspaceSlug } from "@/lib/auth/schemas";
import { CursorInput } from "@/lib/pagination/keyset-cursor";
import { ArticleStatus, Role } from "@/lib/vocabulary";
import {
  addMember,
  createWorkspace,
  getWorkspaceForMember,
  listMyWorkspaces,
} from "@/server/services/workspaces/manage-workspaces";
import { authedProcedure, createRouter, ownerProcedure } from "../init";
import { byWorkspaceId } from "../workspace-of";

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

  addMember: ownerProcedure(byWorkspaceId)
    .input(AddMemberInput)
    .output(z.object({ id: z.string(), role: Role }))
    .mutation(({ ctx, input }) => addMember(ctx.db, ctx.session.userId, input)),
});
