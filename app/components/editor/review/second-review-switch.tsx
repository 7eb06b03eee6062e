"use client";
// The owner's switch: whether publishing a claim's sourcing needs a second editor's sign-off.
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function SecondReviewSwitch({
  workspaceId,
  requireSecondReview,
}: {
  workspaceId: string;
  requireSecondReview: boolean;
}) {
  const trpc = useTRPC();
  const saving = useWrite(trpc.review.updateSettings.mutationOptions());
  // While the change travels, the box shows what was asked; afterwards, what the server holds.
  const on = saving.pending && saving.asked !== undefined ? saving.asked.requireSecondReview : requireSecondReview;

  return (
    <div>
      <label className="switch">
        <input
          type="checkbox"
          checked={on}
          disabled={saving.pending}
          onChange={(event) => void saving.run({ workspaceId, requireSecondReview: event.target.checked })}
        />{" "}
        Require a second editor’s sign-off before a claim is published
      </label>
      <WriteProblem problem={saving.problem} />
    </div>
  );
}
