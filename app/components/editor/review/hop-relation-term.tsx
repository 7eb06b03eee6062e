"use client";
// A hop's relation in the workspace's own words ("leaked to"). Picking a term sets the hop's
// built-in relation to the one the term maps to, which is what the analysis reads.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "../describe-error";
import { useTRPC, useTRPCClient } from "../trpc-provider";

type Props = {
  workspaceId: string;
  hopId: string;
  claimVersion: number;
  relationTermId: string | null | undefined;
  canWrite: boolean;
};

const words = (relation: string) => relation.toLowerCase().replace(/_/g, " ");

export function HopRelationTerm({ workspaceId, hopId, claimVersion, relationTermId, canWrite }: Props) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const terms = useQuery(trpc.review.terms.queryOptions({ workspaceId, kind: "RELATION" })).data ?? [];
  const [error, setError] = useState<string | null>(null);
  const current = terms.find((term) => term.id === relationTermId);

  if (!canWrite) return current ? <span className="tag">{current.label}</span> : null;
  if (terms.length === 0) return null;

  async function pick(termId: string) {
    setError(null);
    try {
      await client.review.setHopRelationTerm.mutate({ hopId, claimVersion, termId: termId || null });
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <>
      {" "}
      <select
        aria-label="Workspace term for this hop"
        value={relationTermId ?? ""}
        onChange={(event) => void pick(event.target.value)}
      >
        <option value="">built-in relation</option>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.label} ({words(term.baseRelation ?? "")})
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="form-error">
          {" "}
          {error}
        </span>
      ) : null}
    </>
  );
}
