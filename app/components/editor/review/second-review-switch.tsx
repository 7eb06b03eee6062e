"use client";
// The owner's switch: whether publishing a claim's sourcing needs a second editor's sign-off.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "../describe-error";
import { useTRPCClient } from "../trpc-provider";

export function SecondReviewSwitch({
  workspaceId,
  requireSecondReview,
}: {
  workspaceId: string;
  requireSecondReview: boolean;
}) {
  const client = useTRPCClient();
  const router = useRouter();
  const [on, setOn] = useState(requireSecondReview);
  const [error, setError] = useState<string | null>(null);

  async function toggle(next: boolean) {
    setError(null);
    setOn(next);
    try {
      await client.review.updateSettings.mutate({ workspaceId, requireSecondReview: next });
      router.refresh();
    } catch (caught) {
      setOn(!next);
      setError(describeError(caught));
    }
  }

  return (
    <div>
      <label className="switch">
        <input type="checkbox" checked={on} onChange={(event) => void toggle(event.target.checked)} /> Require a second
        editor’s sign-off before a claim is published
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
