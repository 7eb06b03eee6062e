// Writes hops into a claim's chain inside the caller's transaction: every source of the same
// workspace and not merged away, no hop from a source to itself, and the chain left without a
// cycle (it may stay unfinished while it is built). Positions continue after the last hop.
// The chain is checked in memory before anything is written, and the hops go in with one
// multi-row INSERT (issue 14: a handful of statements per annotation, not one per row; Prisma's
// createMany spends longer building its statement than bulk-insert.ts does).
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { GraphHop, GraphSource } from "@/lib/provenance/graph";
import { validateGraph } from "@/lib/provenance/validate-graph";
import type { HopRelation } from "@/lib/vocabulary";
import { bulkInsertStatement } from "@/server/database/bulk-insert";
import type { Prisma } from "@/server/database/prisma";
import { HOP_COLUMNS } from "@/server/database/table-columns";
import { claimSourcingSelect, toClaimGraph } from "../sourcing/claim-sourcing-select";
import type { ChainSourceUse } from "./chain-sources";

export type HopFields = {
  fromSourceId: string;
  toSourceId: string | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  evidenceUrl?: string | null;
  evidenceArchiveUrl?: string | null;
  evidenceQuote?: string | null;
  evidenceNote?: string | null;
  occurredAt?: string | null;
};

const EVIDENCE_COLUMNS = {
  evidence_url: "text",
  evidence_archive_url: "text",
  evidence_quote: "text",
  evidence_note: "text",
  occurred_at: "timestamptz",
} as const;

/** A claim's chain as the write found it: its speaker, its hops, and every source of both and of the new hops. */
export type ChainBefore = {
  claimId: string;
  speakerId: string | null;
  hops: readonly GraphHop[];
  sources: ReadonlyMap<string, GraphSource>;
};

/** The sources new hops put on the chain, in the order they are checked, with their roles. */
export function hopSourceUses(hops: readonly HopFields[]): ChainSourceUse[] {
  return hops.flatMap((hop) => [
    [hop.fromSourceId, "source the hop starts from"] as const,
    [hop.toSourceId, "source the hop leads to"] as const,
  ]);
}

/** A claim's hops as the chain check reads them (one statement). */
export async function readChainHops(tx: Prisma.TransactionClient, claimId: string): Promise<GraphHop[]> {
  const rows = await tx.hop.findMany({
    where: { claimId },
    select: {
      id: true,
      fromSourceId: true,
      toSourceId: true,
      relation: true,
      firstHand: true,
      confidence: true,
      standing: true,
    },
  });
  return rows.map(({ fromSourceId, toSourceId, ...hop }) => ({ ...hop, from: fromSourceId, to: toSourceId }));
}

/**
 * Creates the hops in order after `chain.hops`; returns their ids. The sources must have been
 * checked already (readChainSources). Throws as `prepareHops`, before anything is written.
 */
export async function insertHops(
  tx: Prisma.TransactionClient,
  chain: ChainBefore,
  hops: readonly HopFields[],
): Promise<string[]> {
  if (hops.length === 0) return [];
  const { ids, insert } = prepareHops(chain, hops);
  await tx.$executeRaw(insert);
  return ids;
}

/**
 * Checks new hops against the chain and gives their ids and the INSERT that writes them in order
 * after `chain.hops` (not run; none for no hops). Throws AppError INVALID for a hop from a source
 * to itself or a chain that would go round in a circle.
 */
export function prepareHops(chain: ChainBefore, hops: readonly HopFields[]): { ids: string[]; insert: Prisma.Sql } {
  const rows = hops.map(({ occurredAt, ...hop }, index) => {
    if (hop.fromSourceId === hop.toSourceId) {
      throw new AppError(
        "INVALID",
        `a hop goes from one source to another: this one goes from "${chain.sources.get(hop.fromSourceId)?.name}" to itself`,
      );
    }
    return {
      ...hop,
      id: randomUUID(),
      claimId: chain.claimId,
      occurredAt: occurredAt ? new Date(occurredAt) : null,
      position: chain.hops.length + index,
    };
  });
  const added: GraphHop[] = rows.map((row) => ({
    id: row.id,
    from: row.fromSourceId,
    to: row.toSourceId,
    relation: row.relation,
    firstHand: row.firstHand,
    confidence: row.confidence,
    standing: "ACTIVE",
  }));
  validateGraph(
    {
      claimId: chain.claimId,
      speakerId: chain.speakerId,
      sources: [...chain.sources.values()],
      hops: [...chain.hops, ...added],
    },
    { requireComplete: false },
  );
  const insert = bulkInsertStatement(
    "hop",
    { id: "uuid", ...HOP_COLUMNS, ...EVIDENCE_COLUMNS },
    rows.map((row) => ({
      id: row.id,
      claim_id: row.claimId,
      from_source_id: row.fromSourceId,
      to_source_id: row.toSourceId,
      relation: row.relation,
      first_hand: row.firstHand,
      confidence: row.confidence,
      position: row.position,
      evidence_url: row.evidenceUrl ?? null,
      evidence_archive_url: row.evidenceArchiveUrl ?? null,
      evidence_quote: row.evidenceQuote ?? null,
      evidence_note: row.evidenceNote ?? null,
      occurred_at: row.occurredAt?.toISOString() ?? null,
    })),
  );
  return { ids: rows.map((row) => row.id), insert };
}

/** Reads the claim's chain back and checks it (after a restore that wrote hops row by row). */
export async function checkChain(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSourcingSelect });
  validateGraph(toClaimGraph(row), { requireComplete: false });
}
