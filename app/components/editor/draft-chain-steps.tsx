"use client";
// Where each source of a draft sits in the chain, and its type: both proposed from the text and
// the names, both shown here for the editor to confirm or change before accepting. The hops the
// preview shows follow the types shown (an outlet's report, a record read, a type not recorded).
import type { ClaimDraft } from "@/lib/suggestions/claim-draft";
import { moveSource, setSourceType } from "@/lib/suggestions/edit-draft";
import { SourceType } from "@/lib/vocabulary";
import { SourceTypeOptions } from "./source-type-options";

export function DraftChainSteps({ draft, change }: { draft: ClaimDraft; change: (next: ClaimDraft) => void }) {
  const placed = draft.steps.flatMap((step, index) => step.map((source) => ({ source, place: index })));
  const sources = [...placed, ...draft.unplaced.map((source) => ({ source, place: "unplaced" as const }))];
  if (sources.length === 0) return null;
  return (
    <fieldset className="chain-steps">
      <legend>
        Where each source sits in the chain (1 is nearest the speaker; sources on one step side by side), and what it is
        (read from its name: check it)
      </legend>
      {sources.map(({ source, place }) => (
        <div key={source.name} className="chain-step">
          <label>
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
          <select
            aria-label={`Type of ${source.name}`}
            value={source.type}
            onChange={(event) => change(setSourceType(draft, source.name, SourceType.parse(event.target.value)))}
          >
            <SourceTypeOptions />
          </select>
        </div>
      ))}
    </fieldset>
  );
}
