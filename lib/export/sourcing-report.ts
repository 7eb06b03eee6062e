// The input of every export format: one report as plain data, filled from the database by the
// caller. Formatters read nothing else, so they stay pure and testable without a database.
import { z } from "zod";
import { ClaimProvenance } from "../provenance/claim-provenance";
import { ClaimGraph } from "../provenance/graph";
import { ClaimKind, ClaimStance, ClaimStatus, HopRelation, SourceType, StandingStatus } from "../vocabulary";

const ReportScopeKind = z.enum(["article", "selection", "workspace"]);

export const ReportArticle = z.object({
  id: z.string().min(1),
  slug: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO date or date-time. */
  publishedAt: z.string().nullable(),
  language: z.string().min(1),
  publicUrl: z.string().nullable(),
});
export type ReportArticle = z.infer<typeof ReportArticle>;

export const ReportSource = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: SourceType,
  url: z.string().nullable(),
  /** The source's public note (exports are public; the internal note never reaches them). */
  notes: z.string().nullable(),
  standing: StandingStatus,
});
export type ReportSource = z.infer<typeof ReportSource>;

/** One hop of a claim's graph with the names and evidence a reader needs; `id` matches graph.hops. */
export const ReportHop = z.object({
  id: z.string().min(1),
  fromName: z.string().min(1),
  /** null: the article. */
  toName: z.string().nullable(),
  relation: HopRelation,
  firstHand: z.boolean(),
  confidence: z.number().min(0).max(1),
  evidenceUrl: z.string().nullable(),
  evidenceArchiveUrl: z.string().nullable(),
  evidenceQuote: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  /** When the teller passed the claim on (ISO), if recorded: dates citations of the receiver's report. */
  occurredAt: z.string().nullable().optional(),
  /** When the evidence was last captured (ISO), only from a capture whose time was recorded: a citation's access date. */
  evidenceCapturedAt: z.string().nullable().optional(),
});
export type ReportHop = z.infer<typeof ReportHop>;

export const ReportClaim = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  quote: z.string().min(1),
  kind: ClaimKind,
  status: ClaimStatus,
  /** Whether the speaker asserts the words or denies them; ASSERTS when absent. */
  stance: ClaimStance.default("ASSERTS"),
  /** When the claim's sourcing and verdict were last published to readers (ISO), if they are. */
  publishedAt: z.string().nullable().default(null),
  speakerName: z.string().nullable(),
  cue: z.string().nullable(),
  publicUrl: z.string().nullable(),
  graph: ClaimGraph,
  hops: z.array(ReportHop),
  provenance: ClaimProvenance,
});
export type ReportClaim = z.infer<typeof ReportClaim>;

export const SourcingReport = z.object({
  generatedAt: z.iso.datetime({ offset: true }),
  workspace: z.object({
    name: z.string().min(1),
    slug: z.string().min(1),
    url: z.string().nullable().optional(),
  }),
  scope: z.object({ kind: ReportScopeKind, label: z.string().min(1) }),
  articles: z.array(ReportArticle),
  sources: z.array(ReportSource),
  claims: z.array(ReportClaim),
});
export type SourcingReport = z.infer<typeof SourcingReport>;
