// The review queue of a workspace: claims waiting for a sign-off, claims signed off and waiting
// to be published, and the latest drafts to submit (docs/REVIEW.md).
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReviewItem } from "@/app/components/editor/review/review-item";
import type { ClaimReview } from "@/lib/review/schemas";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/components/editor/review/review.css";

type Props = { params: Promise<{ workspace: string }> };

export const metadata: Metadata = { title: "Review queue" };

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}

export default async function ReviewQueuePage({ params }: Props) {
  await connection();
  const { workspace: slug } = await params;
  const caller = await getServerCaller();
  const workspace = await caller.workspaces.bySlug({ slug }).catch(notFoundOn);
  const queue = await caller.review.queue({ workspaceId: workspace.id });
  const canWrite = workspace.role !== "VIEWER";

  const section = (title: string, items: ClaimReview[], empty: string) => (
    <section aria-label={title}>
      <h2>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? <p className="meta">{empty}</p> : null}
      <ul className="plain-list review-queue">
        {items.map((item) => (
          <ReviewItem key={item.claimId} item={item} workspaceSlug={workspace.slug} canWrite={canWrite} />
        ))}
      </ul>
    </section>
  );

  return (
    <main className="editor-main">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link> ·{" "}
        <Link href={`/editor/${workspace.slug}/settings`}>settings</Link>
      </p>
      <h1>Review queue</h1>
      <p className="notice">
        {queue.requireSecondReview
          ? "This workspace requires a second editor’s sign-off: the editor who last changed a claim’s sourcing cannot sign it off, and only signed-off claims are published."
          : "Editors may publish a claim’s sourcing directly; submitting it for review asks a colleague to check it first."}{" "}
        Readers outside the newsroom see only published claims.
      </p>
      {section("Waiting for review", queue.inReview, "Nothing is waiting for review.")}
      {section("Signed off, waiting to be published", queue.reviewed, "No signed-off claim is waiting.")}
      {section("Drafts", queue.drafts, "No draft claims.")}
    </main>
  );
}
