"use client";
// A new claim from the words just selected, opened beside the text in view: the speaker first
// (the field has the focus), then the chain via each outlet, saved with the claim in one step.
// Keyboard: Tab between fields, Enter picks, Ctrl+Enter (or Enter on an empty "via") saves,
// Esc closes.
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";
import { proposeClaimKind } from "@/lib/editing/propose-claim-kind";
import { ClaimKind, ClaimStance, ClaimStatus } from "@/lib/vocabulary";
import { CLAIM_STATUS_WORDS, STANCE_WORDS } from "@/lib/words/display-words";
import { ChainBuilder, type ChainState, EMPTY_CHAIN, planState } from "./chain-builder";
import type { SelectedSpan } from "./selection-offsets";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = {
  workspaceId: string;
  articleId: string;
  /** The article's text, to see whether quotation marks enclose the selection. */
  body: string;
  span: SelectedSpan;
  onCancel: () => void;
  onCreated: (claimId: string) => void;
};

export function NewClaimForm({ workspaceId, articleId, body, span, onCancel, onCreated }: Props) {
  const trpc = useTRPC();
  const viaId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [speaker, setSpeaker] = useState<PickedSource | null>(null);
  const [chain, setChain] = useState<ChainState>(EMPTY_CHAIN);
  const creating = useWrite(trpc.editing.createClaim.mutationOptions());
  const { hops, problem } = planState(speaker, chain);

  async function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const form = new FormData(formRef.current!);
    if (problem) return;
    const claim = await creating.run({
      articleId,
      ...span,
      kind: ClaimKind.parse(form.get("kind")),
      status: ClaimStatus.parse(form.get("status")),
      stance: ClaimStance.parse(form.get("stance")),
      speakerId: speaker?.id ?? null,
      cue: String(form.get("cue") ?? "") || null,
      hops: hops.map((hop) => ({
        fromSourceId: hop.from.id,
        toSourceId: hop.to?.id ?? null,
        relation: hop.relation,
        firstHand: hop.firstHand,
        confidence: hop.confidence,
      })),
    });
    if (claim) onCreated(claim.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      ref={formRef}
      className="editor-form claim-drawer"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label="New claim"
    >
      <div className="drawer-head">
        <h2>New claim</h2>
        <button type="button" className="link-button" onClick={onCancel} aria-label="Close the new claim (Esc)">
          ×
        </button>
      </div>
      <blockquote className="quote">{span.exact}</blockquote>
      <SourcePicker
        workspaceId={workspaceId}
        label="Speaker"
        value={speaker}
        create
        autoFocus
        onChange={(source) => {
          setSpeaker(source);
          // The next thing to say is where the claim went: the focus moves on to "via".
          if (source) requestAnimationFrame(() => document.getElementById(viaId)?.focus());
        }}
      />
      <ChainBuilder
        workspaceId={workspaceId}
        start={speaker}
        state={chain}
        onChange={setChain}
        viaId={viaId}
        onEnterEmpty={() => void submit()}
      />
      <div className="form-row">
        <label>
          Kind
          {/* A direct quote only where the text's own quotation marks enclose the words. */}
          <select name="kind" defaultValue={proposeClaimKind(body, span.start, span.end)}>
            <option value="DIRECT_QUOTE">direct quote</option>
            <option value="PARAPHRASE">paraphrase</option>
            <option value="UNATTRIBUTED">unattributed statement</option>
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue="ASSERTED">
            {ClaimStatus.options.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          The speaker
          <select name="stance" defaultValue={"ASSERTS"}>
            {ClaimStance.options.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_WORDS[stance]} it
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Attribution cue in the text
        <input name="cue" placeholder="e.g. as reported by Le Parisien" maxLength={500} />
      </label>
      <WriteProblem problem={creating.problem} />
      <div className="form-row drawer-actions">
        <button type="submit" disabled={creating.pending || problem !== null}>
          Create claim{hops.length ? ` with ${hops.length === 1 ? "1 hop" : `${hops.length} hops`}` : ""}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
