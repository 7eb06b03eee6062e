"use client";
// The owner's switch: whether publishing a claim's sourcing needs a second editor's sign-off.
import { useState } from "react";
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
  // The box shows what was asked from the click until the refreshed page brings a new server value
  // (a write that fails shows the server's value again): it never flips back while the page reloads.
  const [asked, setAsked] = useState<{ from: boolean; to: boolean } | null>(null);
  const on = asked !== null && asked.from === requireSecondReview ? asked.to : requireSecondReview;
  const change = async (to: boolean) => {
    setAsked({ from: requireSecondReview, to });
    if ((await saving.run({ workspaceId, requireSecondReview: to })) === undefined) setAsked(null);
  };

  return (
    <div>
      <label className="switch">
        <input
          type="checkbox"
          checked={on}
          disabled={saving.pending}
          onChange={(event) => void change(event.target.checked)}
        />{" "}
        Require a second editor’s sign-off before a claim is published
      </label>
      <WriteProblem problem={saving.problem} />
    </div>
  );
}
