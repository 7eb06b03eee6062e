"use client";
// After a delete: what was deleted and the button that brings it back (from the delete's audit
// record), until the editor moves on.
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export type Undoable = { eventId: string; what: string; claimId: string; kind: "claim" | "hop" };

type Props = { undo: Undoable; claimVersion: number | null; onDone: (claimId: string) => void; onDismiss: () => void };

export function UndoNotice({ undo, claimVersion, onDone, onDismiss }: Props) {
  const trpc = useTRPC();
  const undoing = useWrite(trpc.editing.undoDelete.mutationOptions({ onSuccess: (result) => onDone(result.claimId) }));
  return (
    <div className="notice undo" role="status">
      {undo.what} deleted.{" "}
      <button
        type="button"
        disabled={undoing.pending}
        onClick={() =>
          void undoing.run(
            undo.kind === "hop"
              ? { eventId: undo.eventId, claimVersion: claimVersion ?? 1 }
              : { eventId: undo.eventId },
          )
        }
      >
        Undo
      </button>{" "}
      <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
      <WriteProblem problem={undoing.problem} />
    </div>
  );
}
