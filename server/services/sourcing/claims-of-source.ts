// The ids of the claims a source takes part in, one keyset page at a time, in claim-id order.
// Each way a claim can name a source (speaker, primary-record statement, hop from or to, named
// in the text) is read from its own index (prisma/schema.prisma) and cut at the page size
// before the branches are merged, so a page costs the same for a source used by 30 claims or
// by 30,000, and no query carries one parameter per claim. (Each branch repeats "c.id > after"
// for the claim it joins: the planner does not carry an inequality across the join.)
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";

/** The roles that place a source in a claim's attribution graph (what the impact preview reads). */
const GRAPH_ROLES = ["speaker", "hopFrom", "hopTo"] as const;
/** Every role, as the source page shows them. */
const ALL_ROLES = [...GRAPH_ROLES, "recordStatement", "named"] as const;
type Role = (typeof ALL_ROLES)[number];

/** Sorts before every UUID: the first page's cursor keeps the index condition the same. */
const FIRST = "00000000-0000-0000-0000-000000000000";

export type ClaimsOfSourceQuery = {
  sourceId: string;
  /** The last claim id of the previous page; none for the first page. */
  after?: string | null;
  limit: number;
  /** true: every claim of the workspace (members); false: published claims of published articles. */
  everyClaim: boolean;
  /** "graph": only claims whose attribution graph holds the source (speaker or hop). */
  roles: "graph" | "all";
};

export async function findClaimIdsOfSource(db: Db, query: ClaimsOfSourceQuery): Promise<string[]> {
  const after = query.after ?? FIRST;
  const readable = query.everyClaim
    ? Prisma.sql`TRUE`
    : Prisma.sql`c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED'`;
  const roles: readonly Role[] = query.roles === "graph" ? GRAPH_ROLES : ALL_ROLES;
  const branches = roles.map((role) => {
    const { from, column, key } = ROLE_SQL[role];
    return Prisma.sql`(SELECT DISTINCT ${column} AS id ${from}
      JOIN article a ON a.id = c.article_id
      WHERE ${key} = ${query.sourceId}::uuid AND ${column} > ${after}::uuid
        AND c.id > ${after}::uuid AND ${readable}
      ORDER BY ${column} LIMIT ${query.limit})`;
  });
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM (${Prisma.join(branches, " UNION ALL ")}) ids
    GROUP BY id ORDER BY id LIMIT ${query.limit}`;
  return rows.map((row) => row.id);
}

const ROLE_SQL: Record<Role, { from: Prisma.Sql; column: Prisma.Sql; key: Prisma.Sql }> = {
  speaker: { from: Prisma.sql`FROM claim c`, column: Prisma.sql`c.id`, key: Prisma.sql`c.speaker_id` },
  recordStatement: {
    from: Prisma.sql`FROM claim c`,
    column: Prisma.sql`c.id`,
    key: Prisma.sql`c.primary_record_source_id`,
  },
  hopFrom: {
    from: Prisma.sql`FROM hop h JOIN claim c ON c.id = h.claim_id`,
    column: Prisma.sql`h.claim_id`,
    key: Prisma.sql`h.from_source_id`,
  },
  hopTo: {
    from: Prisma.sql`FROM hop h JOIN claim c ON c.id = h.claim_id`,
    column: Prisma.sql`h.claim_id`,
    key: Prisma.sql`h.to_source_id`,
  },
  named: {
    from: Prisma.sql`FROM claim_named_source n JOIN claim c ON c.id = n.claim_id`,
    column: Prisma.sql`n.claim_id`,
    key: Prisma.sql`n.source_id`,
  },
};
