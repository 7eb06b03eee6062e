"use client";
// One suggestion as a draft the editor shapes before accepting: the words (re-select, or move an
// end by a word), kind, stance, status, speaker, and where each source sits in the chain.
import { useId } from "react";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { moveSource, nudgeSpan, setIndirect, setSpan, setSpeaker } from "@/lib/suggestions/edit-draft";
import { ClaimKind, ClaimStance, ClaimStatus, SourceType } from "@/lib/vocabulary";
import { CLAIM_KIND_WORDS, CLAIM_STATUS_WORDS, SOURCE_TYPE_WORDS, STANCE_WORDS } from "@/lib/words/display-words";
import { ChainPreview } from "./chain-preview";
import type { SelectedSpan } from "./selection-offsets";

type Props = {
  draft: ClaimDraft;
  body: string;
  selection: SelectedSpan | null;
  onChange: (draft: ClaimDraft) => void;
  onAccept: () => void;
  onReject: () => void;
};

// The four one-word moves of a suggestion's span, in the order the buttons show them.
const NUDGES = [
  { edge: "start", move: "grow", label: "Start one word earlier", text: "◀ start" },
  { edge: "start", move: "shrink", label: "Start one word later", text: "start ▶" },
  { edge: "end", move: "shrink", label: "End one word earlier", text: "◀ end" },
  { edge: "end", move: "grow", label: "End one word later", text: "end ▶" },
] as const;

export function SuggestionDraft({ draft, body, selection, onChange, onAccept, onReject }: Props) {
  const id = useId();
  const change = (next: ClaimDraft | null) => {
    if (next) onChange(next);
  };
  const placed = draft.steps.flatMap((step, index) => step.map((source) => ({ source, place: index })));
  const sources = [...placed, ...draft.unplaced.map((source) => ({ source, place: "unplaced" as const }))];
  return (
    <div className="suggestion-draft">
      <blockquote className="quote" aria-label="The claim's words in the article">
        {draft.text}
      </blockquote>
      <div className="form-row span-controls" role="group" aria-label="The claim's words">
        <button
          type="button"
          disabled={!selection}
          onClick={() => selection && change(setSpan(draft, body, selection.start, selection.end))}
        >
          Use the selected words
        </button>
        {NUDGES.map(({ edge, move, label, text }) => (
          <button
            key={label}
            type="button"
            onClick={() => change(nudgeSpan(draft, body, edge, move))}
            aria-label={label}
          >
            {text}
          </button>
        ))}
      </div>
      <div className="form-row">
        <label>
          Kind
          <select
            value={draft.kind}
            onChange={(event) => onChange({ ...draft, kind: ClaimKind.parse(event.target.value) })}
          >
            {ClaimKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {CLAIM_KIND_WORDS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          The speaker
          <select
            value={draft.stance}
            onChange={(event) => onChange({ ...draft, stance: ClaimStance.parse(event.target.value) })}
          >
            {ClaimStance.options.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_WORDS[stance]} it
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            value={draft.status}
            onChange={(event) => onChange({ ...draft, status: ClaimStatus.parse(event.target.value) })}
          >
            {ClaimStatus.options.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          Speaker
          <input
            value={draft.speaker?.name ?? ""}
            onChange={(event) => {
              const name = event.target.value;
              change(setSpeaker(draft, name.trim() ? { name, type: draft.speaker?.type ?? "UNKNOWN" } : null));
            }}
          />
        </label>
        {draft.speaker ? (
          <label>
            Speaker is a
            <select
              value={draft.speaker.type}
              onChange={(event) =>
                change(setSpeaker(draft, { ...draft.speaker!, type: SourceType.parse(event.target.value) }))
              }
            >
              {SourceType.options.map((type) => (
                <option key={type} value={type}>
                  {SOURCE_TYPE_WORDS[type]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {sources.length > 0 ? (
        <fieldset className="chain-steps">
          <legend>
            Where each source sits in the chain (1 is nearest the speaker; sources on one step side by side)
          </legend>
          {sources.map(({ source, place }) => (
            <label key={source.name} className="chain-step">
              {source.name}
              <select
                aria-label={`Step of ${source.name}`}
                value={String(place)}
                onChange={(event) =>
                  change(
                    moveSource(
                      draft,
                      source.name,
                      event.target.value === "unplaced" ? "unplaced" : Number(event.target.value),
                    ),
                  )
                }
              >
                <option value="unplaced">not in the chain</option>
                {Array.from({ length: draft.steps.length + 1 }, (_, step) => (
                  <option key={step} value={step}>
                    step {step + 1}
                    {step === draft.steps.length ? " (new)" : ""}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="checkbox">
        <input
          id={`${id}-indirect`}
          type="checkbox"
          checked={draft.indirect}
          disabled={!draft.speaker}
          onChange={(event) => change(setIndirect(draft, event.target.checked))}
        />{" "}
        indirect: this article had it through someone else
      </label>
      {draft.cue ? <p className="meta">Cue in the text: “{draft.cue}”</p> : null}
      <ChainPreview draft={draft} hops={listDraftHops(draft)} />
      <div className="form-row">
        <button type="button" onClick={onAccept}>
          Accept
        </button>
        <button type="button" className="link-button" onClick={onReject}>
          Reject
        </button>
      </div>
    </div>
  );
}
