// Many names resolved at once, for imports of many articles: the same rules as
// resolve-source-name.ts (a source's own name first, the survivor of a merge for a merged
// source, then an alias), in a constant number of statements whatever the number of names.
import { z } from "zod";
import type { Prisma } from "@/server/database/prisma";
import { MAX_MERGE_HOPS, type ResolvedName } from "./resolve-source-name";

type Tx = Prisma.TransactionClient;

/**
 * lockName for every name, in one statement. The names are locked in sorted order, so two
 * imports locking overlapping names cannot deadlock.
 */
export async function lockNames(tx: Tx, workspaceId: string, normalizedNames: string[]): Promise<void> {
  if (normalizedNames.length === 0) return;
  const sorted = [...new Set(normalizedNames)].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${workspaceId}), hashtext(name))
    FROM (SELECT unnest(${sorted}::text[]) AS name ORDER BY 1) AS names`;
}

const ResolvedRows = z.array(
  z.object({ name: z.string(), sourceId: z.string(), via: z.enum(["name", "alias", "merge"]) }),
);

/**
 * The source each name resolves to; names that resolve to none are absent from the map. One
 * statement: the sources named so, each merged one followed to its survivor (as survivorOf,
 * at most MAX_MERGE_HOPS merges), and for the other names the oldest alias of a source of the
 * workspace that was not merged away.
 */
export async function resolveSourceNames(
  tx: Tx,
  workspaceId: string,
  normalizedNames: string[],
): Promise<Map<string, ResolvedName>> {
  if (normalizedNames.length === 0) return new Map();
  const rows = ResolvedRows.parse(
    await tx.$queryRaw`
      WITH RECURSIVE named AS (
        SELECT normalized_name AS name, id, merged_into_id FROM source
        WHERE workspace_id = ${workspaceId}::uuid AND normalized_name = ANY(${normalizedNames}::text[])
      ), merges AS (
        SELECT name, merged_into_id AS id, 1 AS depth FROM named WHERE merged_into_id IS NOT NULL
        UNION ALL
        SELECT merges.name, s.merged_into_id, merges.depth + 1 FROM merges JOIN source s ON s.id = merges.id
        WHERE s.merged_into_id IS NOT NULL AND merges.depth <= ${MAX_MERGE_HOPS}
      )
      (SELECT name, id::text AS "sourceId", 'name' AS via FROM named WHERE merged_into_id IS NULL)
      UNION ALL
      (SELECT DISTINCT ON (name) name, id::text, 'merge' FROM merges ORDER BY name, depth DESC)
      UNION ALL
      (SELECT DISTINCT ON (a.normalized_name) a.normalized_name, a.source_id::text, 'alias'
      FROM source_alias a JOIN source s ON s.id = a.source_id
      WHERE a.normalized_name = ANY(${normalizedNames}::text[]) AND s.workspace_id = ${workspaceId}::uuid
        AND s.merged_into_id IS NULL AND a.normalized_name NOT IN (SELECT name FROM named)
      ORDER BY a.normalized_name, a.created_at, a.id)`,
  );
  return new Map(rows.map((row) => [row.name, { sourceId: row.sourceId, via: row.via }]));
}
