"use client";
// Every audited change to the claim and its chain: who, when, what.
import { useEffect, useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

type Event = { id: string; action: string; at: string; actor: string; before?: unknown; after?: unknown };

export function ClaimHistory({ claimId, version }: { claimId: string; version: number }) {
  const client = useTRPCClient();
  const [events, setEvents] = useState<Event[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the claim is the signal to reload its history
  useEffect(() => {
    client.editing.claimHistory
      .query({ claimId })
      .then(setEvents, (caught: unknown) => setError(describeError(caught)));
  }, [client, claimId, version]);

  return (
    <details className="history">
      <summary>History{events ? ` (${events.length})` : ""}</summary>
      {error ? <p className="form-error">{error}</p> : null}
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
