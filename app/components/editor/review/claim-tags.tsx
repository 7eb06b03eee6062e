"use client";
// The workspace's tags on a claim ("election", "health"): listed for every member, added and
// removed by editors. Tags classify; they do not change the claim's sourcing or version.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "../describe-error";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";
import "./review.css";

type Props = { workspaceId: string; claimId: string; canWrite: boolean };

export function ClaimTags({ workspaceId, claimId, canWrite }: Props) {
  const trpc = useTRPC();
  const review = useQuery(trpc.review.claim.queryOptions({ claimId }));
  const terms = useQuery(trpc.review.terms.queryOptions({ workspaceId, kind: "CLAIM_TAG" }));
  const [picked, setPicked] = useState("");
  const tagging = useWrite(trpc.review.tagClaim.mutationOptions({ onSuccess: () => setPicked("") }));
  const untagging = useWrite(trpc.review.untagClaim.mutationOptions());
  const tags = review.data?.tags ?? [];
  const available = (terms.data ?? []).filter((term) => !tags.some((tag) => tag.id === term.id));

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
                onClick={() => void untagging.run({ claimId, termId: tag.id })}
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
          <button
            type="button"
            disabled={!picked || tagging.pending}
            onClick={() => void tagging.run({ claimId, termId: picked })}
          >
            Tag
          </button>
        </div>
      ) : null}
      {canWrite && terms.data && terms.data.length === 0 ? (
        <p className="meta">This workspace has no claim tags yet; add them on its settings page.</p>
      ) : null}
      {review.error ? <p className="form-error">{describeError(review.error)}</p> : null}
      <WriteProblem problem={tagging.problem ?? untagging.problem} />
    </section>
  );
}
