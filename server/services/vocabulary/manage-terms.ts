// A workspace's own vocabulary: relation terms ("leaked to", read by the analysis as the
// built-in relation they map to) and claim tags ("election"). Added and removed by editors,
// each change one transaction with its audit record.
import { AppError } from "@/lib/errors";
import { type Term, termKey } from "@/lib/review/schemas";
import type { HopRelation, TermKind } from "@/lib/vocabulary";
import { TERM_KIND_WORDS } from "@/lib/words/display-words";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

const termSelect = {
  id: true,
  kind: true,
  term: true,
  label: true,
  baseRelation: true,
  _count: { select: { hops: true, claimTags: true } },
} satisfies Prisma.WorkspaceTermSelect;

function toTerm({ _count, ...term }: Prisma.WorkspaceTermGetPayload<{ select: typeof termSelect }>): Term {
  return { ...term, uses: term.kind === "RELATION" ? _count.hops : _count.claimTags };
}

export async function listTerms(db: Db, workspaceId: string, kind?: TermKind): Promise<Term[]> {
  const terms = await db.workspaceTerm.findMany({
    where: { workspaceId, kind },
    orderBy: [{ kind: "asc" }, { label: "asc" }],
    select: termSelect,
  });
  return terms.map(toTerm);
}

export async function addTerm(
  db: Db,
  actorId: string,
  input: { workspaceId: string; kind: TermKind; label: string; baseRelation: HopRelation | null },
): Promise<Term> {
  const term = termKey(input.label);
  const duplicate = () =>
    new AppError(
      "CONFLICT",
      `“${input.label}” is already a ${TERM_KIND_WORDS[input.kind]} of this workspace; use it, or remove it first`,
    );
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.workspaceTerm.findUnique({
        where: { workspaceId_kind_term: { workspaceId: input.workspaceId, kind: input.kind, term } },
        select: { id: true },
      });
      if (existing) throw duplicate();
      const created = await tx.workspaceTerm.create({ data: { ...input, term }, select: termSelect });
      await recordAudit(tx, {
        workspaceId: input.workspaceId,
        actorId,
        action: "term.add",
        entityType: "workspace_term",
        entityId: created.id,
        after: { ...input, term },
      });
      return toTerm(created);
    });
  } catch (error) {
    // Two editors adding the same term at once: the unique index decides, the loser hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
    throw error;
  }
}

export async function removeTerm(db: Db, actorId: string, workspaceId: string, termId: string): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    const term = await tx.workspaceTerm.findFirst({ where: { id: termId, workspaceId }, select: termSelect });
    if (!term) throw new AppError("NOT_FOUND", `no term ${termId} in this workspace; it may have been removed already`);
    // Hops keep their built-in relation (the foreign key clears the term); tags go with the term.
    await tx.workspaceTerm.delete({ where: { id: termId } });
    const { id: _id, ...before } = toTerm(term);
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "term.remove",
      entityType: "workspace_term",
      entityId: termId,
      before,
    });
  });
  return { ok: true };
}
