"use client";
// Adding to a claim's chain where it stopped: the stretch starts from the last hop's receiver
// (or the speaker, before any hop), and goes on via outlets to this article, in one step.
import { useId, useMemo, useState } from "react";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { splitUnfinishedHops } from "@/lib/provenance/split-unfinished-hops";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { ChainBuilder, type ChainState, EMPTY_CHAIN, planState } from "./chain-builder";
import { describeError } from "./describe-error";
import { ProvenanceSummary } from "./provenance-summary";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

function whereItStopped(claim: ClaimSourcing): PickedSource | null {
  const last = claim.hops.at(-1);
  if (last?.to) return last.to;
  return claim.hops.length === 0 ? claim.speaker : null;
}

export function ExtendChain({ workspaceId, claim }: { workspaceId: string; claim: ClaimSourcing }) {
  const trpc = useTRPC();
  const viaId = useId();
  const [from, setFrom] = useState<PickedSource | null>(whereItStopped(claim));
  const [chain, setChain] = useState<ChainState>(EMPTY_CHAIN);
  const adding = useWrite(trpc.editing.addHops.mutationOptions({ onSuccess: () => setChain(EMPTY_CHAIN) }));
  const { hops, problem } = planState(from, chain);
  // The analysis runs in the browser on the chain as it would be, before anything is saved.
  const preview = useMemo(() => {
    if (hops.length === 0) return null;
    const sources = new Map(claim.graph.sources.map((source) => [source.id, source]));
    for (const hop of hops)
      for (const end of [hop.from, hop.to])
        if (end && !sources.has(end.id)) sources.set(end.id, { ...end, standing: "ACTIVE" });
    const next: ClaimGraph = {
      ...claim.graph,
      sources: [...sources.values()],
      hops: [
        ...claim.graph.hops,
        ...hops.map((hop) => ({
          id: `pending-${hop.key}`,
          from: hop.from.id,
          to: hop.to?.id ?? null,
          relation: hop.relation,
          firstHand: hop.firstHand,
          confidence: hop.confidence,
          standing: "ACTIVE" as const,
        })),
      ],
    };
    try {
      return { provenance: analyzeClaim(splitUnfinishedHops(next).finished), problem: null };
    } catch (caught) {
      return { provenance: null, problem: describeError(caught) };
    }
  }, [claim.graph, hops]);

  function save() {
    if (problem || hops.length === 0) return;
    void adding.run({
      claimId: claim.id,
      claimVersion: claim.version,
      hops: hops.map((hop) => ({
        fromSourceId: hop.from.id,
        toSourceId: hop.to?.id ?? null,
        relation: hop.relation,
        firstHand: hop.firstHand,
        confidence: hop.confidence,
      })),
    });
  }

  return (
    <section className="editor-form extend-chain" aria-label="Add to the chain">
      <h3>Add to the chain</h3>
      <SourcePicker
        workspaceId={workspaceId}
        label="From"
        value={from}
        create
        onChange={(source) => {
          setFrom(source);
          if (source) requestAnimationFrame(() => document.getElementById(viaId)?.focus());
        }}
      />
      <ChainBuilder
        workspaceId={workspaceId}
        start={from}
        state={chain}
        onChange={setChain}
        viaId={viaId}
        onEnterEmpty={save}
      />
      {preview?.provenance ? <ProvenanceSummary provenance={preview.provenance} caption="With these hops" /> : null}
      {preview?.problem ? <p className="form-error">{preview.problem}</p> : null}
      <WriteProblem problem={adding.problem} />
      <button type="button" onClick={save} disabled={adding.pending || problem !== null || hops.length === 0}>
        {hops.length ? `Add ${hops.length === 1 ? "1 hop" : `${hops.length} hops`}` : "Add hops"}
      </button>
    </section>
  );
}
