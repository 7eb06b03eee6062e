"use client";
// A claim whose words an edit changed: the words it was annotated on, the words now in its
// place, and the editor's choice to accept the new words (or select others in the text).
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = {
  claimId: string;
  version: number;
  previousQuote: string;
  currentText: string;
  selection: { start: number; end: number; exact: string } | null;
};

export function AnchorReview({ claimId, version, previousQuote, currentText, selection }: Props) {
  const trpc = useTRPC();
  const resolving = useWrite(trpc.editing.resolveAnchor.mutationOptions());
  const resolve = (span?: Props["selection"]) => void resolving.run({ claimId, version, span: span ?? undefined });

  return (
    <section className="notice anchor-review" aria-label="Needs review after an edit">
      <p>
        <strong>Needs review:</strong> the text was edited where this claim stood.
      </p>
      <p>
        Before: <span className="quoted">{previousQuote}</span>
      </p>
      <p>Now: {currentText ? <span className="quoted">{currentText}</span> : <em>(the words were deleted)</em>}</p>
      <div className="form-row">
        {currentText ? (
          <button type="button" onClick={() => resolve()}>
            Accept the new words
          </button>
        ) : null}
        <button
          type="button"
          disabled={!selection}
          onClick={() => resolve(selection)}
          title="Select the right words in the text first"
        >
          Use the selected words
        </button>
      </div>
      <WriteProblem problem={resolving.problem} />
    </section>
  );
}
