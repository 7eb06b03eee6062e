"use client";
// The extractor could not name this suggestion's speaker with confidence: the review asks the
// editor who said it, showing the words the text uses ("he") and the names it might be. Choosing
// one (or typing another in the speaker field below) sets the draft's speaker; the chain then
// starts from them. Until then the suggestion cannot be accepted, and it is never unattributed.
import { useId } from "react";
import { guessSourceType } from "@/lib/sources/guess-source-type";
import type { ClaimDraft } from "@/lib/suggestions/claim-draft";
import { setSpeaker } from "@/lib/suggestions/edit-draft";

type Props = { draft: ClaimDraft; change: (next: ClaimDraft) => void };

export function SpeakerQuestion({ draft, change }: Props) {
  const id = useId();
  const asked = draft.speakerAsked;
  if (!asked) return null;
  const says = asked.mention ? `The text says “${asked.mention}”.` : "The text does not name the speaker here.";
  return (
    <fieldset className="speaker-question" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>
        Who said this? {says} Choose the speaker, or type the name in the speaker field.
      </legend>
      {asked.candidates.map((name) => (
        <label key={name} className="checkbox">
          <input
            type="radio"
            name={`${id}-speaker`}
            checked={draft.speaker?.name === name}
            onChange={() => change(setSpeaker(draft, { name, type: guessSourceType(name) }))}
          />{" "}
          {name}
        </label>
      ))}
    </fieldset>
  );
}
