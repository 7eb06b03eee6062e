// Reads claims in keyset-paginated batches: a large workspace never becomes one query with more
// bind parameters than PostgreSQL accepts, and streaming callers hold one batch at a time.
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { claimSourcingSelect } from "./claim-sourcing-select";

const CLAIM_BATCH_SIZE = 500;

const batchSelect = {
  ...claimSourcingSelect,
  article: {
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      language: true,
      status: true,
      version: true,
      workspaceId: true,
    },
  },
} satisfies Prisma.ClaimSelect;
export type BatchedClaimRow = Prisma.ClaimGetPayload<{ select: typeof batchSelect }>;

export async function* readClaimBatches(
  db: Db,
  where: Prisma.ClaimWhereInput,
  batchSize = CLAIM_BATCH_SIZE,
): AsyncGenerator<BatchedClaimRow[]> {
  let cursor: string | undefined;
  for (;;) {
    // "id > last" rather than Prisma's cursor option: every batch is then the same query with
    // a new parameter, and Prisma does not plan (and cache) a new query per batch.
    const rows = await db.claim.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: "asc" },
      take: batchSize,
      select: batchSelect,
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    cursor = rows.at(-1)!.id;
  }
}
