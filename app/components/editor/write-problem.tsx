"use client";
// A failed write's message; when a colleague saved first, the offer to load the version they
// saved (the server names it in the CONFLICT's details) before re-applying the change.
import { useRouter } from "next/navigation";
import type { Problem } from "./describe-error";

export function WriteProblem({ problem, onReload }: { problem: Problem | null; onReload?: () => void }) {
  const router = useRouter();
  if (!problem) return null;
  return (
    <p role="alert" className="form-error">
      {problem.message}
      {problem.currentVersion !== null ? (
        <>
          {" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onReload?.();
              router.refresh();
            }}
          >
            Load version {problem.currentVersion}
          </button>
        </>
      ) : null}
    </p>
  );
}
