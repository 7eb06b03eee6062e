"use client";
// A new reliability rating with its reason; the history keeps every earlier one.
import { type FormEvent, useState } from "react";
import { ReliabilityRating } from "@/lib/vocabulary";
import { RELIABILITY_WORDS } from "@/lib/words/display-words";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function AssessmentForm({ sourceId }: { sourceId: string }) {
  const trpc = useTRPC();
  const assessing = useWrite(trpc.sourceRecords.addAssessment.mutationOptions());
  const [rating, setRating] = useState<ReliabilityRating>("ESTABLISHED");
  const [reason, setReason] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await assessing.run({ sourceId, rating, reason })) setReason("");
  }

  return (
    <form className="editor-form" aria-label="Rate this source" onSubmit={submit}>
      <div className="form-row">
        <label>
          Rating
          <select value={rating} onChange={(event) => setRating(ReliabilityRating.parse(event.target.value))}>
            {ReliabilityRating.options.map((option) => (
              <option key={option} value={option}>
                {RELIABILITY_WORDS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Why
        <textarea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={2}
          maxLength={2000}
          required
          placeholder="What you checked, so the next editor can weigh it"
        />
      </label>
      <div className="form-row">
        <button type="submit" disabled={assessing.pending}>
          Add assessment
        </button>
      </div>
      <WriteProblem problem={assessing.problem} />
    </form>
  );
}
