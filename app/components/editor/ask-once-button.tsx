"use client";
// A destructive action that asks once ("Delete? Yes / No") before it runs; it can be undone
// afterwards, so one confirmation is enough.
import { useState } from "react";

type Props = { label: string; question: string; ariaLabel?: string; disabled?: boolean; onConfirm: () => void };

export function AskOnceButton({ label, question, ariaLabel, disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className="link-button danger"
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span className="ask-once" role="group" aria-label={question}>
      {question}{" "}
      <button
        type="button"
        className="danger-button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, {label.toLowerCase()}
      </button>{" "}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        No
      </button>
    </span>
  );
}
