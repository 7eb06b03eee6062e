"use client";
// Every audited change to the claim and its chain: who, when, what.
import { useQuery } from "@tanstack/react-query";
import { describeError } from "./describe-error";
import { useTRPC } from "./trpc-provider";

export function ClaimHistory({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.editing.claimHistory.queryOptions({ claimId }));
  const events = history.data;

  return (
    <details className="history">
      <summary>History{events ? ` (${events.length})` : ""}</summary>
      {history.error ? <p className="form-error">{describeError(history.error)}</p> : null}
      <ol className="plain-list">
        {events?.map((event) => (
          <li key={event.id}>
            <time dateTime={event.at}>{event.at.slice(0, 16).replace("T", " ")}</time> · {event.actor} ·{" "}
            <code>{event.action}</code>
            {event.before ? <pre className="diff">before: {JSON.stringify(event.before)}</pre> : null}
            {event.after ? <pre className="diff">after: {JSON.stringify(event.after)}</pre> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
