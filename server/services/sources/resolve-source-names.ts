// Many names resolved at once, for imports of many articles: the same rules as
// resolve-source-name.ts (a source's own name first, the survivor of a merge for a merged
// source, then an alias), in a constant number of statements whatever the number of names.
import type { Prisma } from "@/server/database/prisma";
import { type ResolvedName, survivorOf } from "./resolve-source-name";

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

/** The source each name resolves to; names that resolve to none are absent from the map. */
export async function resolveSourceNames(
  tx: Tx,
  workspaceId: string,
  normalizedNames: string[],
): Promise<Map<string, ResolvedName>> {
  const resolved = new Map<string, ResolvedName>();
  if (normalizedNames.length === 0) return resolved;
  const named = await tx.source.findMany({
    where: { workspaceId, normalizedName: { in: normalizedNames } },
    select: { id: true, normalizedName: true, mergedIntoId: true },
  });
  for (const source of named) {
    resolved.set(
      source.normalizedName,
      source.mergedIntoId
        ? { sourceId: await survivorOf(tx, source.mergedIntoId), via: "merge" }
        : { sourceId: source.id, via: "name" },
    );
  }
  const unnamed = normalizedNames.filter((name) => !resolved.has(name));
  if (unnamed.length === 0) return resolved;
  const aliases = await tx.sourceAlias.findMany({
    where: { normalizedName: { in: unnamed }, source: { workspaceId, mergedIntoId: null } },
    orderBy: { createdAt: "asc" },
    select: { normalizedName: true, sourceId: true },
  });
  // The oldest alias wins, as resolveSourceName's findFirst does.
  for (const alias of aliases)
    if (!resolved.has(alias.normalizedName))
      resolved.set(alias.normalizedName, { sourceId: alias.sourceId, via: "alias" });
  return resolved;
}
