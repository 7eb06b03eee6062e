"use client";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function PublishButton({ articleId, status }: { articleId: string; status: "DRAFT" | "PUBLISHED" }) {
  const trpc = useTRPC();
  const publishing = useWrite(trpc.editing.setArticleStatus.mutationOptions());
  const next = status === "PUBLISHED" ? "DRAFT" : "PUBLISHED";
  return (
    <div>
      <button
        type="button"
        disabled={publishing.pending}
        onClick={() => void publishing.run({ articleId, status: next })}
      >
        {status === "PUBLISHED" ? "Unpublish (back to draft)" : "Publish for readers"}
      </button>
      <WriteProblem problem={publishing.problem} />
    </div>
  );
}
