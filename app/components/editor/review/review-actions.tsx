"use client";
// The buttons that move one claim through review: each allowed action, and the refused ones
// greyed out with the reason. Sending back asks for a note first.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { ACTION_LABEL } from "@/lib/review/review-workflow";
import type { AvailableAction, ReviewAction } from "@/lib/review/schemas";
import { describeError, isConflict } from "../describe-error";
import { useTRPC, useTRPCClient } from "../trpc-provider";
import "./review.css";

type Props = { claimId: string; version: number; actions: readonly AvailableAction[] };

export function ReviewActions({ claimId, version, actions }: Props) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const id = useId();
  const [noting, setNoting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);

  async function run(action: ReviewAction, note: string | null = null) {
    setBusy(true);
    setError(null);
    try {
      await client.review.transition.mutate({ claimId, version, action, note });
      setNoting(false);
      await queryClient.invalidateQueries(trpc.review.pathFilter());
      router.refresh();
    } catch (caught) {
      setError({ message: describeError(caught), conflict: isConflict(caught) });
    } finally {
      setBusy(false);
    }
  }

  function sendBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("send_back", String(new FormData(event.currentTarget).get("note") ?? ""));
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
            onClick={() => (action === "send_back" ? setNoting(true) : void run(action))}
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
      {error ? (
        <p role="alert" className="form-error">
          {error.message}{" "}
          {error.conflict ? (
            <button type="button" className="link-button" onClick={() => router.refresh()}>
              Load the newer version
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
