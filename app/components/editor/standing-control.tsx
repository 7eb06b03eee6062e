"use client";
// Marking a source corrected or retracted: first see which claims it would leave without
// support or weaken, across every article of the workspace; then confirm.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

type Impact = {
  claimId: string;
  effect: "loses_all_support" | "weakened" | "untouched";
  quote: string;
  article: { title: string };
};
const EFFECT = { loses_all_support: "loses all support", weakened: "weakened", untouched: "untouched" } as const;

export function StandingControl({
  workspaceId,
  sourceId,
  sourceName,
}: {
  workspaceId: string;
  sourceId: string;
  sourceName: string;
}) {
  const client = useTRPCClient();
  const router = useRouter();
  const [standing, setStanding] = useState<"CORRECTED" | "RETRACTED">("RETRACTED");
  const [impacts, setImpacts] = useState<Impact[] | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function preview() {
    setError(null);
    try {
      setImpacts(await client.sources.impactPreview.query({ sourceId, standing }));
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function confirm() {
    setError(null);
    try {
      const found = await client.sources.search.query({ workspaceId, query: sourceName, limit: 50 });
      const source = found.find((candidate) => candidate.id === sourceId);
      if (!source) throw new Error(`${sourceName} no longer exists; reload the page`);
      await client.sources.setStanding.mutate({ sourceId, version: source.version, standing, note: note || null });
      setImpacts(null);
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const affected = impacts?.filter((impact) => impact.effect !== "untouched") ?? [];
  return (
    <details className="standing">
      <summary>Correct or retract {sourceName}…</summary>
      <div className="form-row">
        <select
          aria-label="New standing"
          value={standing}
          onChange={(event) => setStanding(event.target.value as "CORRECTED" | "RETRACTED")}
        >
          <option value="RETRACTED">retracted</option>
          <option value="CORRECTED">corrected</option>
        </select>
        <button type="button" onClick={preview}>
          See affected claims
        </button>
      </div>
      {impacts ? (
        <>
          <p>{affected.length === 0 ? "No claim would change." : `${affected.length} claims would change:`}</p>
          <ul className="plain-list impacts">
            {affected.map((impact) => (
              <li key={impact.claimId}>
                <span className={`badge effect-${impact.effect}`}>{EFFECT[impact.effect]}</span> “
                {impact.quote.slice(0, 80)}” <span className="meta">({impact.article.title})</span>
              </li>
            ))}
          </ul>
          <label>
            Note for readers <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} />
          </label>
          <button type="button" onClick={confirm}>
            Confirm: mark {standing.toLowerCase()}
          </button>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </details>
  );
}
