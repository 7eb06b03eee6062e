"use client";
import Link from "next/link";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = {
  articleId: string;
  status: "DRAFT" | "PUBLISHED";
  /** How many of the article's claims are not published, and the sentence that says so (or null). */
  unpublished: { count: number; note: string | null };
  reviewHref: string;
};

// Publishing the article publishes none of its claims (each has its own review state): the
// button and the note beside it say how many stay unpublished, and where to publish them.
export function PublishButton({ articleId, status, unpublished, reviewHref }: Props) {
  const trpc = useTRPC();
  const publishing = useWrite(trpc.editing.setArticleStatus.mutationOptions());
  const next = status === "PUBLISHED" ? "DRAFT" : "PUBLISHED";
  const label =
    status === "PUBLISHED"
      ? "Unpublish (back to draft)"
      : unpublished.count > 0
        ? `Publish the article for readers (${unpublished.count} unpublished ${unpublished.count === 1 ? "claim stays" : "claims stay"} hidden)`
        : "Publish for readers";
  return (
    <div>
      <button
        type="button"
        disabled={publishing.pending}
        onClick={() => void publishing.run({ articleId, status: next })}
      >
        {label}
      </button>
      {unpublished.note ? (
        <p className="meta unpublished-claims">
          {unpublished.note} <Link href={reviewHref}>Open Review</Link>
        </p>
      ) : null}
      <WriteProblem problem={publishing.problem} />
    </div>
  );
}
