// A revision's new anchors for every claim of the article in one UPDATE, whatever the number of
// claims (one array parameter per column, as bulk-insert.ts does for inserts): each claim takes
// its new offsets and words, the article version they refer to and a new version of its own;
// a flagged one also keeps the words it was annotated on and waits for an editor.
import type { Prisma } from "@/server/database/prisma";

export type ClaimAnchorRow = {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  /** The words changed under the claim: NEEDS_REVIEW, keeping `previousExact`. */
  flagged: boolean;
  previousExact: string;
};

/** Returns the number of claims updated. `anchorVersion`: the article version the offsets refer to. */
export async function updateClaimAnchors(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  rows: readonly ClaimAnchorRow[],
  anchorVersion: number,
): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <K extends keyof ClaimAnchorRow>(key: K) => rows.map((row) => row[key]);
  return tx.$executeRaw`
    UPDATE claim AS c SET
      start_offset = r.start_offset,
      end_offset = r.end_offset,
      exact = r.exact,
      prefix = r.prefix,
      suffix = r.suffix,
      anchor_version = ${anchorVersion}::integer,
      version = c.version + 1,
      anchor_state = CASE WHEN r.flagged THEN 'NEEDS_REVIEW'::"AnchorState" ELSE c.anchor_state END,
      previous_exact = CASE WHEN r.flagged THEN r.previous_exact ELSE c.previous_exact END,
      updated_at = now()
    FROM unnest(
      ${column("id")}::uuid[], ${column("start")}::integer[], ${column("end")}::integer[],
      ${column("text")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[],
      ${column("flagged")}::boolean[], ${column("previousExact")}::text[]
    ) AS r(id, start_offset, end_offset, exact, prefix, suffix, flagged, previous_exact)
    WHERE c.id = r.id`;
}
