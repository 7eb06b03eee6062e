import { z } from "zod";
import {
  FindOrCreateSourceInput,
  ImpactPreviewInput,
  SearchSourcesInput,
  SetSourceStandingInput,
} from "@/lib/editing/schemas";
import { ClaimImpact } from "@/lib/provenance/assess-impact";
import { SourceType, StandingStatus } from "@/lib/vocabulary";
import { findOrCreateSource, searchSources, setSourceStanding } from "@/server/services/sources/edit-sources";
import { previewImpact } from "@/server/services/sourcing/preview-impact";
import { createRouter, editorProcedure, memberProcedure } from "../init";
import { bySourceId, byWorkspaceId } from "../workspace-of";

const EditableSource = z.object({
  id: z.string(),
  name: z.string(),
  type: SourceType,
  url: z.string().nullable(),
  notes: z.string().nullable(),
  standing: StandingStatus,
  standingNote: z.string().nullable(),
  version: z.number().int(),
});

export const sourcesRouter = createRouter({
  /** Type-ahead over the workspace's sources. */
  search: memberProcedure(byWorkspaceId)
    .input(SearchSourcesInput)
    .output(z.array(EditableSource))
    .query(({ ctx, input }) => searchSources(ctx.db, input.workspaceId, input.query, input.limit)),

  /** Returns the workspace's source of that name when there is one: no duplicate outlets. */
  findOrCreate: editorProcedure(byWorkspaceId)
    .input(FindOrCreateSourceInput)
    .output(z.object({ source: EditableSource, existed: z.boolean() }))
    .mutation(({ ctx, input }) => findOrCreateSource(ctx.db, ctx.session.userId, input)),

  /** What correcting or retracting the source would do, before anything is saved. */
  impactPreview: memberProcedure(bySourceId)
    .input(ImpactPreviewInput)
    .output(
      z.array(
        ClaimImpact.extend({
          quote: z.string(),
          statement: z.string(),
          article: z.object({ slug: z.string(), title: z.string() }),
        }),
      ),
    )
    .query(({ ctx, input }) => previewImpact(ctx.db, { sourceId: input.sourceId }, input.standing)),

  setStanding: editorProcedure(bySourceId)
    .input(SetSourceStandingInput)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => setSourceStanding(ctx.db, ctx.session.userId, input)),
});
