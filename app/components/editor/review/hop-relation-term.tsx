"use client";
// A hop's relation in the workspace's own words ("leaked to"). Picking a term sets the hop's
// built-in relation to the one the term maps to, which is what the analysis reads.
import { useQuery } from "@tanstack/react-query";
import type { HopRelation } from "@/lib/vocabulary";
import { RELATION_WORDS } from "@/lib/words/display-words";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type Props = {
  workspaceId: string;
  hopId: string;
  claimVersion: number;
  relationTermId: string | null | undefined;
  canWrite: boolean;
};

const words = (relation: HopRelation | null) => (relation ? RELATION_WORDS[relation] : "");

export function HopRelationTerm({ workspaceId, hopId, claimVersion, relationTermId, canWrite }: Props) {
  const trpc = useTRPC();
  const terms = useQuery(trpc.review.terms.queryOptions({ workspaceId, kind: "RELATION" })).data ?? [];
  const picking = useWrite(trpc.review.setHopRelationTerm.mutationOptions());
  const current = terms.find((term) => term.id === relationTermId);

  if (!canWrite) return current ? <span className="tag">{current.label}</span> : null;
  if (terms.length === 0) return null;

  return (
    <>
      {" "}
      <select
        aria-label="Workspace term for this hop"
        value={relationTermId ?? ""}
        onChange={(event) => void picking.run({ hopId, claimVersion, termId: event.target.value || null })}
      >
        <option value="">built-in relation</option>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.label} ({words(term.baseRelation)})
          </option>
        ))}
      </select>
      <WriteProblem problem={picking.problem} />
    </>
  );
}
