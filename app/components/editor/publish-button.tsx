"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export function PublishButton({ articleId, status }: { articleId: string; status: "DRAFT" | "PUBLISHED" }) {
  const client = useTRPCClient();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const next = status === "PUBLISHED" ? "DRAFT" : "PUBLISHED";
  return (
    <p>
      <button
        type="button"
        onClick={async () => {
          try {
            await client.editing.setArticleStatus.mutate({ articleId, status: next });
            router.refresh();
          } catch (caught) {
            setError(describeError(caught));
          }
        }}
      >
        {status === "PUBLISHED" ? "Unpublish (back to draft)" : "Publish for readers"}
      </button>
      {error ? (
        <span role="alert" className="form-error">
          {" "}
          {error}
        </span>
      ) : null}
    </p>
  );
}
