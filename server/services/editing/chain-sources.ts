// The sources a write puts on a claim's chain (its speaker, the ends of new hops) and those
// already on it, read in one statement: each new one must belong to the claim's workspace and
// must not have been merged away. The name of a merged source's survivor is read with it, to
// word the refusal.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { GraphSource } from "@/lib/provenance/graph";
import { SourceType, StandingStatus } from "@/lib/vocabulary";
import { Prisma } from "@/server/database/prisma";

/** A source the write puts on the chain, and its role there for the refusal ("speaker"…). */
export type ChainSourceUse = readonly [sourceId: string | null, role: string];

/** The rows of `chainSourcesJson`, as the database gives them. */
export const ChainSourceRows = z.array(
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    type: SourceType,
    standing: StandingStatus,
    mergedInto: z.string().nullable(),
  }),
);
type ChainSourceRow = z.infer<typeof ChainSourceRows>[number];

/** Every source id of `uses` and `others`, once each. */
export function chainSourceIds(uses: readonly ChainSourceUse[], others: readonly string[] = []): string[] {
  const ids = new Set<string>(others);
  for (const [sourceId] of uses) if (sourceId !== null) ids.add(sourceId);
  return [...ids];
}

/** An SQL expression: the sources of `ids` (any workspace) as a JSON array of ChainSourceRows, `[]` for none. */
export function chainSourcesJson(ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('id', s.id, 'workspaceId', s.workspace_id, 'name', s.name, 'type', s.type,
      'standing', s.standing, 'mergedInto', survivor.name))
    FROM source s LEFT JOIN source survivor ON survivor.id = s.merged_into_id
    WHERE s.id = ANY(${ids}::uuid[])), '[]'::json)`;
}

/**
 * Returns every source of `rows` by id, as the chain check reads them. Throws AppError INVALID
 * for the first use (in order) whose source is missing, of another workspace or merged into
 * another source.
 */
export function checkChainSources(
  rows: readonly ChainSourceRow[],
  workspaceId: string,
  uses: readonly ChainSourceUse[],
): Map<string, GraphSource> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const [sourceId, role] of uses) {
    if (sourceId === null) continue;
    const source = byId.get(sourceId);
    if (!source || source.workspaceId !== workspaceId)
      throw new AppError(
        "INVALID",
        `the ${role} ${sourceId} is not a source of this workspace; pick or create it first`,
      );
    if (source.mergedInto !== null)
      throw new AppError(
        "INVALID",
        `${source.name} was merged into ${source.mergedInto}; pick ${source.mergedInto} instead`,
      );
  }
  return new Map(rows.map(({ id, name, type, standing }) => [id, { id, name, type, standing }]));
}

/**
 * Reads and checks every source of `uses` and `others` (one statement): see checkChainSources.
 */
export async function readChainSources(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  uses: readonly ChainSourceUse[],
  others: readonly string[] = [],
): Promise<Map<string, GraphSource>> {
  const ids = chainSourceIds(uses, others);
  if (ids.length === 0) return new Map();
  const [row] = await tx.$queryRaw<Array<{ sources: unknown }>>`SELECT ${chainSourcesJson(ids)} AS sources`;
  return checkChainSources(ChainSourceRows.parse(row?.sources), workspaceId, uses);
}
