"use client";
// The workspace's tags on a claim ("election", "health"): listed for every member, added and
// removed by editors. Tags classify; they do not change the claim's sourcing or version.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "../describe-error";
import { useTRPC, useTRPCClient } from "../trpc-provider";
import "./review.css";

type Props = { workspaceId: string; claimId: string; canWrite: boolean };

export function ClaimTags({ workspaceId, claimId, canWrite }: Props) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const review = useQuery(trpc.review.claim.queryOptions({ claimId }));
  const terms = useQuery(trpc.review.terms.queryOptions({ workspaceId, kind: "CLAIM_TAG" }));
  const [picked, setPicked] = useState("");
  const [error, setError] = useState<string | null>(null);
  const tags = review.data?.tags ?? [];
  const available = (terms.data ?? []).filter((term) => !tags.some((tag) => tag.id === term.id));

  async function change(kind: "tag" | "untag", termId: string) {
    setError(null);
    try {
      const input = { claimId, termId };
      await (kind === "tag" ? client.review.tagClaim.mutate(input) : client.review.untagClaim.mutate(input));
      setPicked("");
      await queryClient.invalidateQueries(trpc.review.pathFilter());
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <section aria-label="Tags">
      <h3>Tags</h3>
      {tags.length === 0 ? <p className="meta">No tags.</p> : null}
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag.id} className="tag">
            {tag.label}
            {canWrite ? (
              <button
                type="button"
                className="link-button"
                aria-label={`Remove tag ${tag.label}`}
                onClick={() => void change("untag", tag.id)}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite && available.length > 0 ? (
        <div className="form-row">
          <label>
            Add a tag{" "}
            <select value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">choose…</option>
              {available.map((term) => (
                <option key={term.id} value={term.id}>
                  {term.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!picked} onClick={() => void change("tag", picked)}>
            Tag
          </button>
        </div>
      ) : null}
      {canWrite && terms.data && terms.data.length === 0 ? (
        <p className="meta">This workspace has no claim tags yet; add them on its settings page.</p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
