"use client";
// Adds one hop to a claim's chain. While the editor fills it in, the analysis runs in the
// browser on the chain as it would be, so directness and independence update before saving.
import { type FormEvent, useMemo, useState } from "react";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { describeConfidence } from "@/lib/provenance/confidence-rubric";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { splitUnfinishedHops } from "@/lib/provenance/split-unfinished-hops";
import { HopRelation } from "@/lib/vocabulary";
import { describeError } from "./describe-error";
import { ProvenanceSummary } from "./provenance-summary";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = { workspaceId: string; claimId: string; claimVersion: number; graph: ClaimGraph };

export function HopForm({ workspaceId, claimId, claimVersion, graph }: Props) {
  const trpc = useTRPC();
  const adding = useWrite(trpc.editing.addHop.mutationOptions());
  const [from, setFrom] = useState<PickedSource | null>(null);
  const [to, setTo] = useState<PickedSource | null>(null);
  const [toArticle, setToArticle] = useState(false);
  const [relation, setRelation] = useState<HopRelation>("REPORTED_BY");
  const [firstHand, setFirstHand] = useState(false);
  const [confidence, setConfidence] = useState(0.75);
  const [error, setError] = useState<string | null>(null);

  const preview = useMemo(() => {
    if (!from || (!to && !toArticle)) return null;
    const sources = new Map(graph.sources.map((source) => [source.id, source]));
    for (const source of [from, to])
      if (source && !sources.has(source.id)) sources.set(source.id, { ...source, standing: "ACTIVE" });
    const next: ClaimGraph = {
      ...graph,
      sources: [...sources.values()],
      hops: [
        ...graph.hops,
        {
          id: "pending",
          from: from.id,
          to: toArticle ? null : to!.id,
          relation,
          firstHand,
          confidence,
          standing: "ACTIVE",
        },
      ],
    };
    try {
      return { provenance: analyzeClaim(splitUnfinishedHops(next).finished), problem: null };
    } catch (caught) {
      return { provenance: null, problem: describeError(caught) };
    }
  }, [graph, from, to, toArticle, relation, firstHand, confidence]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!from || (!to && !toArticle)) return setError("choose where the hop starts and where it leads");
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    setError(null);
    await adding.run({
      claimId,
      claimVersion,
      fromSourceId: from.id,
      toSourceId: toArticle ? null : to!.id,
      relation,
      firstHand,
      confidence,
      evidenceUrl: text("evidenceUrl"),
      evidenceQuote: text("evidenceQuote"),
      evidenceNote: text("evidenceNote"),
    });
  }

  return (
    <form className="editor-form hop-form" onSubmit={submit} aria-label="Add a hop">
      <h3>Add a hop</h3>
      <SourcePicker workspaceId={workspaceId} label="From" value={from} onChange={setFrom} create />
      <label className="checkbox">
        <input type="checkbox" checked={toArticle} onChange={(event) => setToArticle(event.target.checked)} /> to this
        article
      </label>
      {toArticle ? null : (
        <SourcePicker workspaceId={workspaceId} label="To" value={to} onChange={setTo} defaultType="OUTLET" create />
      )}
      <div className="form-row">
        <label>
          Relation
          <select value={relation} onChange={(event) => setRelation(HopRelation.parse(event.target.value))}>
            {HopRelation.options.map((option) => (
              <option key={option} value={option}>
                {option.toLowerCase().replace("_", " ")}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={firstHand} onChange={(event) => setFirstHand(event.target.checked)} />{" "}
          first-hand
        </label>
      </div>
      <label>
        Confidence {Math.round(confidence * 100)}% — <span className="meta">{describeConfidence(confidence)}</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={confidence}
          onChange={(event) => setConfidence(Number(event.target.value))}
          aria-valuetext={`${Math.round(confidence * 100)}%, ${describeConfidence(confidence)}`}
        />
      </label>
      <details>
        <summary>Evidence</summary>
        <label>
          URL <input name="evidenceUrl" type="url" placeholder="https://" />
        </label>
        <label>
          Quote <textarea name="evidenceQuote" rows={2} maxLength={5000} />
        </label>
        <label>
          Note <textarea name="evidenceNote" rows={2} maxLength={5000} />
        </label>
      </details>
      {preview?.provenance ? <ProvenanceSummary provenance={preview.provenance} caption="With this hop" /> : null}
      {preview?.problem ? <p className="form-error">{preview.problem}</p> : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <WriteProblem problem={adding.problem} />
      <button type="submit" disabled={adding.pending}>
        Add hop
      </button>
    </form>
  );
}
