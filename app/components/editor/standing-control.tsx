"use client";
// Marking a source corrected or retracted: first see which claims it would leave without
// support or weaken, across every article of the workspace, with their confidence, independent
// paths and directness before and after; then confirm.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { countNoun } from "@/lib/count-noun";
import { describeImpactFigures } from "@/lib/sources/describe-impact-figures";
import { describeError } from "./describe-error";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

const EFFECT = { loses_all_support: "loses all support", weakened: "weakened", untouched: "untouched" } as const;

type Props = { workspaceId: string; sourceId: string; sourceName: string };

export function StandingControl({ workspaceId, sourceId, sourceName }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [standing, setStanding] = useState<"CORRECTED" | "RETRACTED">("RETRACTED");
  const [asked, setAsked] = useState(false);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const impacts = useQuery({ ...trpc.sources.impactPreview.queryOptions({ sourceId, standing }), enabled: asked });
  const marking = useWrite(trpc.sources.setStanding.mutationOptions({ onSuccess: () => setAsked(false) }));

  async function confirm() {
    setMissing(null);
    const found = await queryClient.fetchQuery(
      trpc.sources.search.queryOptions({ workspaceId, query: sourceName, limit: 50 }),
    );
    const source = found.find((candidate) => candidate.id === sourceId);
    if (!source) return setMissing(`${sourceName} no longer exists; reload the page`);
    await marking.run({ sourceId, version: source.version, standing, note: note || null });
  }

  const affected = impacts.data?.filter((impact) => impact.effect !== "untouched") ?? [];
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
        <button type="button" onClick={() => setAsked(true)}>
          See affected claims
        </button>
      </div>
      {asked && impacts.data ? (
        <>
          <p>
            {affected.length === 0 ? "No claim would change." : `${countNoun(affected.length, "claim")} would change:`}
          </p>
          <ul className="plain-list impacts">
            {affected.map((impact) => (
              <li key={impact.claimId}>
                <span className={`badge effect-${impact.effect}`}>{EFFECT[impact.effect]}</span> {impact.statement}{" "}
                <span className="meta">({impact.article.title})</span>
                <br />
                <span className="meta impact-figures">{describeImpactFigures(impact)}</span>
              </li>
            ))}
          </ul>
          <label>
            Note for readers <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} />
          </label>
          <button type="button" disabled={marking.pending} onClick={() => void confirm()}>
            Confirm: mark {standing.toLowerCase()}
          </button>
        </>
      ) : null}
      {impacts.error ? (
        <p role="alert" className="form-error">
          {describeError(impacts.error)}
        </p>
      ) : null}
      {missing ? (
        <p role="alert" className="form-error">
          {missing}
        </p>
      ) : null}
      <WriteProblem problem={marking.problem} />
    </details>
  );
}
