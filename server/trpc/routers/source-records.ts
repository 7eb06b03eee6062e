// Sources as records: aliases, details, reliability history, links, merges and archived
// captures. Members read a record; editors and owners change it.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  ListSourceUsesInput,
  RenameResult,
  RenameSourceInput,
  SourceUsesPage,
} from "@/lib/sources/rename-and-uses-schemas";
import {
  AddAliasInput,
  AddAssessmentInput,
  AddLinkInput,
  AddSnapshotInput,
  AliasView,
  Assessment,
  ListSnapshotsInput,
  ListSourceRecordsInput,
  MergeResult,
  MergeSourcesInput,
  ONE_TARGET,
  RemoveAliasInput,
  Removed,
  RemoveLinkInput,
  SetSourceDetailsInput,
  SnapshotMeta,
  SourceLinkView,
  SourceListPage,
  SourceRecord,
  SourceRecordInput,
  UnmergeResult,
  UnmergeSourceInput,
  Versioned,
} from "@/lib/sources/schemas";
import { addSnapshot, listSnapshots } from "@/server/services/sources/archive-snapshots";
import { addLink, removeLink } from "@/server/services/sources/edit-source-links";
import { addAlias, addAssessment, removeAlias, setSourceDetails } from "@/server/services/sources/edit-source-record";
import { getSourceRecord, listSourceRecords } from "@/server/services/sources/get-source-record";
import { listSourceUses } from "@/server/services/sources/list-source-uses";
import { mergeSources } from "@/server/services/sources/merge-sources";
import { renameSource } from "@/server/services/sources/rename-source";
import { unmergeSource } from "@/server/services/sources/unmerge-source";
import { createRouter, editorProcedure, memberProcedure } from "../init";
import { byHopId, bySourceId, byWorkspaceId, type WorkspaceResolver } from "../workspace-of";

/** Captures belong to a source or to a hop; the input names one of the two. */
const bySourceOrHop: WorkspaceResolver = (raw) => {
  const target = (typeof raw === "object" && raw !== null ? raw : {}) as { sourceId?: unknown; hopId?: unknown };
  if ((target.sourceId === undefined) === (target.hopId === undefined))
    throw new TRPCError({ code: "BAD_REQUEST", message: ONE_TARGET });
  return target.hopId !== undefined ? byHopId(raw) : bySourceId(raw);
};

export const sourceRecordsRouter = createRouter({
  /** The workspace's sources with their aliases and current rating. */
  list: memberProcedure(byWorkspaceId)
    .input(ListSourceRecordsInput)
    .output(SourceListPage)
    .query(({ ctx, input }) => listSourceRecords(ctx.db, input)),

  get: memberProcedure(bySourceId)
    .input(SourceRecordInput)
    .output(SourceRecord)
    .query(({ ctx, input }) => getSourceRecord(ctx.db, input.sourceId)),

  /** The claims whose hops name the source, newest first, and their articles. */
  uses: memberProcedure(bySourceId)
    .input(ListSourceUsesInput)
    .output(SourceUsesPage)
    .query(({ ctx, input }) => listSourceUses(ctx.db, input)),

  /** A new name; the old one stays as an alias. No other source may have the name. */
  rename: editorProcedure(bySourceId)
    .input(RenameSourceInput)
    .output(RenameResult)
    .mutation(({ ctx, input }) => renameSource(ctx.db, ctx.session.userId, input)),

  /** Another name of the source; no other source of the workspace may have it as name or alias. */
  addAlias: editorProcedure(bySourceId)
    .input(AddAliasInput)
    .output(AliasView)
    .mutation(({ ctx, input }) => addAlias(ctx.db, ctx.session.userId, input)),

  removeAlias: editorProcedure(bySourceId)
    .input(RemoveAliasInput)
    .output(Removed)
    .mutation(({ ctx, input }) => removeAlias(ctx.db, ctx.session.userId, input)),

  /** Type, language, country, address and notes, with the version the editor read. */
  setDetails: editorProcedure(bySourceId)
    .input(SetSourceDetailsInput)
    .output(Versioned)
    .mutation(({ ctx, input }) => setSourceDetails(ctx.db, ctx.session.userId, input)),

  /** A new rating with its reason; earlier ones stay in the history. */
  addAssessment: editorProcedure(bySourceId)
    .input(AddAssessmentInput)
    .output(Assessment)
    .mutation(({ ctx, input }) => addAssessment(ctx.db, ctx.session.userId, input)),

  addLink: editorProcedure(bySourceId)
    .input(AddLinkInput)
    .output(SourceLinkView)
    .mutation(({ ctx, input }) => addLink(ctx.db, ctx.session.userId, input)),

  removeLink: editorProcedure(bySourceId)
    .input(RemoveLinkInput)
    .output(Removed)
    .mutation(({ ctx, input }) => removeLink(ctx.db, ctx.session.userId, input)),

  /** Folds `duplicateId` into `sourceId`; reversible with `unmerge`. */
  merge: editorProcedure(bySourceId)
    .input(MergeSourcesInput)
    .output(MergeResult)
    .mutation(({ ctx, input }) => mergeSources(ctx.db, ctx.session.userId, input)),

  /** Undoes the merge of `sourceId` (the merged source) into the source it was merged into. */
  unmerge: editorProcedure(bySourceId)
    .input(UnmergeSourceInput)
    .output(UnmergeResult)
    .mutation(({ ctx, input }) => unmergeSource(ctx.db, ctx.session.userId, input)),

  /** Stores a pasted or uploaded capture of the source's page or a hop's evidence, byte for byte. */
  addSnapshot: editorProcedure(bySourceOrHop)
    .input(AddSnapshotInput)
    .output(SnapshotMeta)
    .mutation(({ ctx, input }) => addSnapshot(ctx.db, ctx.session.userId, input)),

  snapshots: memberProcedure(bySourceOrHop)
    .input(ListSnapshotsInput)
    .output(z.array(SnapshotMeta))
    .query(({ ctx, input }) => listSnapshots(ctx.db, input)),
});
