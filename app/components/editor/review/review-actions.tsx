"use client";
// The buttons that move one claim through review: each allowed action, and the refused ones
// greyed out with the reason. Sending back asks for a note first.
import { type FormEvent, useId, useState } from "react";
import { ACTION_LABEL } from "@/lib/review/review-workflow";
import type { AvailableAction, ReviewAction } from "@/lib/review/schemas";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";
import "./review.css";

type Props = { claimId: string; version: number; actions: readonly AvailableAction[] };

export function ReviewActions({ claimId, version, actions }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const [noting, setNoting] = useState(false);
  const moving = useWrite(trpc.review.transition.mutationOptions({ onSuccess: () => setNoting(false) }));
  const busy = moving.pending;
  const run = (action: ReviewAction, note: string | null = null) => void moving.run({ claimId, version, action, note });

  function sendBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run("send_back", String(new FormData(event.currentTarget).get("note") ?? ""));
  }

  return (
    <div className="review-actions">
      {actions.map(({ action, allowed, reason }) =>
        action === "send_back" && allowed && noting ? null : (
          <button
            key={action}
            type="button"
            disabled={!allowed || busy}
            aria-describedby={reason ? `${id}-${action}` : undefined}
            className={action === "send_back" || action === "unpublish" ? "secondary" : undefined}
            onClick={() => (action === "send_back" ? setNoting(true) : run(action))}
          >
            {ACTION_LABEL[action]}
          </button>
        ),
      )}
      {actions.map(({ action, reason }) =>
        reason ? (
          <p key={action} id={`${id}-${action}`} className="refused">
            {ACTION_LABEL[action]}: {reason}
          </p>
        ) : null,
      )}
      {noting ? (
        <form onSubmit={sendBack} aria-label="Send back with a note">
          <label>
            What needs to change?
            <textarea name="note" required maxLength={2000} rows={2} />
          </label>
          <button type="submit" disabled={busy}>
            Send back to draft
          </button>
          <button type="button" className="link-button" onClick={() => setNoting(false)}>
            cancel
          </button>
        </form>
      ) : null}
      <WriteProblem problem={moving.problem} onReload={moving.reset} />
    </div>
  );
}
