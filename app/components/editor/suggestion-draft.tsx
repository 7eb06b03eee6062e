"use client";
// One suggestion as a draft the editor shapes before accepting: the words (re-select, or move an
// end by a word), kind, stance, status, speaker, and where each source sits in the chain and its type.
import { useId } from "react";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { nudgeSpan, setIndirect, setSpan, setSpeaker } from "@/lib/suggestions/edit-draft";
import { ClaimKind, ClaimStance, ClaimStatus, SourceType } from "@/lib/vocabulary";
import { CLAIM_KIND_WORDS, CLAIM_STATUS_WORDS, SOURCE_TYPE_WORDS, STANCE_WORDS } from "@/lib/words/display-words";
import { ChainPreview } from "./chain-preview";
import { DraftChainSteps } from "./draft-chain-steps";
import type { SelectedSpan } from "./selection-offsets";
import { SpeakerQuestion } from "./speaker-question";

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
  // An attributed suggestion whose speaker the editor has not chosen yet.
  const unanswered = Boolean(draft.speakerAsked) && !draft.speaker;
  const change = (next: ClaimDraft | null) => {
    if (next) onChange(next);
  };
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
      <SpeakerQuestion draft={draft} change={change} />
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
      <DraftChainSteps draft={draft} change={change} />
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
      {unanswered ? (
        <p className="meta" id={`${id}-unanswered`}>
          Choose who said this before accepting: the text attributes it to someone.
        </p>
      ) : null}
      <div className="form-row">
        <button
          type="button"
          onClick={onAccept}
          disabled={unanswered}
          aria-describedby={unanswered ? `${id}-unanswered` : undefined}
        >
          Accept
        </button>
        <button type="button" className="link-button" onClick={onReject}>
          Reject
        </button>
      </div>
    </div>
  );
}
