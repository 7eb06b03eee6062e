"use client";
// A claim's hops, each changeable where it stands (relation, first-hand, confidence, evidence)
// and removable after one question, with an undo afterwards.
import { type FormEvent, useState } from "react";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { HopRelation } from "@/lib/vocabulary";
import { describeHand, RELATION_WORDS } from "@/lib/words/display-words";
import { AskOnceButton } from "./ask-once-button";
import { ConfidenceSelect } from "./chain-builder";
import { HopRelationTerm } from "./review/hop-relation-term";
import { useTRPC } from "./trpc-provider";
import type { Undoable } from "./undo-notice";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Hop = ClaimSourcing["hops"][number];
type Props = {
  workspaceId: string;
  claim: ClaimSourcing;
  canWrite: boolean;
  onRemoved: (undo: Undoable) => void;
};

const ends = (hop: Hop) => `${hop.from.name} → ${hop.to?.name ?? "this article"}`;

export function HopList({ workspaceId, claim, canWrite, onRemoved }: Props) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState<string | null>(null);
  const removing = useWrite(
    trpc.editing.removeHop.mutationOptions({
      onSuccess: (result, input) => {
        const hop = claim.hops.find((h) => h.id === input.hopId);
        onRemoved({ eventId: result.eventId, kind: "hop", claimId: claim.id, what: `Hop ${hop ? ends(hop) : ""}` });
      },
    }),
  );
  if (claim.hops.length === 0)
    return <p className="meta">No hops yet: the claim is unattributed until you trace it.</p>;
  return (
    <>
      <ol className="plain-list hops">
        {claim.hops.map((hop) => (
          <li key={hop.id} className={claim.unfinishedHopIds.includes(hop.id) ? "unfinished" : ""}>
            {ends(hop)}{" "}
            <span className="meta">
              ({RELATION_WORDS[hop.relation]}, {describeHand(hop.firstHand)}, {Math.round(hop.confidence * 100)}
              %)
            </span>
            <HopRelationTerm
              workspaceId={workspaceId}
              hopId={hop.id}
              claimVersion={claim.version}
              relationTermId={hop.relationTermId}
              canWrite={canWrite}
            />
            {canWrite ? (
              <>
                {" "}
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={editing === hop.id}
                  aria-label={`Edit hop ${ends(hop)}`}
                  onClick={() => setEditing(editing === hop.id ? null : hop.id)}
                >
                  edit
                </button>
                <AskOnceButton
                  label="Remove"
                  question="Remove this hop?"
                  ariaLabel={`Remove hop ${ends(hop)}`}
                  disabled={removing.pending}
                  onConfirm={() => void removing.run({ hopId: hop.id, claimVersion: claim.version })}
                />
              </>
            ) : null}
            {editing === hop.id ? (
              <HopEditor hop={hop} claimVersion={claim.version} onDone={() => setEditing(null)} />
            ) : null}
          </li>
        ))}
      </ol>
      <WriteProblem problem={removing.problem} />
    </>
  );
}

function HopEditor({ hop, claimVersion, onDone }: { hop: Hop; claimVersion: number; onDone: () => void }) {
  const trpc = useTRPC();
  const saving = useWrite(trpc.editing.updateHop.mutationOptions({ onSuccess: onDone }));
  const [confidence, setConfidence] = useState(hop.confidence);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    void saving.run({
      hopId: hop.id,
      claimVersion,
      relation: HopRelation.parse(form.get("relation")),
      firstHand: form.get("firstHand") === "on",
      confidence,
      evidenceUrl: text("evidenceUrl"),
      evidenceQuote: text("evidenceQuote"),
      evidenceNote: text("evidenceNote"),
    });
  }

  return (
    <form
      className="editor-form hop-editor"
      aria-label={`Change hop ${ends(hop)}`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <div className="form-row">
        <label>
          Relation
          <select name="relation" defaultValue={hop.relation}>
            {HopRelation.options.map((option) => (
              <option key={option} value={option}>
                {RELATION_WORDS[option]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="firstHand" defaultChecked={hop.firstHand} /> first-hand
        </label>
        <ConfidenceSelect label="Confidence" value={confidence} onChange={setConfidence} />
      </div>
      <label>
        Evidence URL <input name="evidenceUrl" type="url" defaultValue={hop.evidenceUrl ?? ""} placeholder="https://" />
      </label>
      <label>
        Evidence quote{" "}
        <textarea name="evidenceQuote" rows={2} maxLength={5000} defaultValue={hop.evidenceQuote ?? ""} />
      </label>
      <label>
        Evidence note <textarea name="evidenceNote" rows={2} maxLength={5000} defaultValue={hop.evidenceNote ?? ""} />
      </label>
      <WriteProblem problem={saving.problem} />
      <div className="form-row">
        <button type="submit" disabled={saving.pending}>
          Save hop
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
