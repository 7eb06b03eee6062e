// One claim as a reviewer checks it: its words, derived sourcing and chain (with the
// workspace's relation terms), its tags, its place in the workflow and its history.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ClaimHistory } from "@/app/components/editor/claim-history";
import { ProvenanceSummary } from "@/app/components/editor/provenance-summary";
import { ClaimTags } from "@/app/components/editor/review/claim-tags";
import { HopRelationTerm } from "@/app/components/editor/review/hop-relation-term";
import { ReviewControls } from "@/app/components/editor/review/review-controls";
import { ClaimStatement } from "@/app/components/reader/claim-statement";
import type { HopRelation } from "@/lib/vocabulary";
import { describeHand, RELATION_WORDS } from "@/lib/words/display-words";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/components/editor/review/review.css";

type Props = { params: Promise<{ workspace: string; claimId: string }> };

export const metadata: Metadata = { title: "Review a claim" };

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"].includes(error.code)) notFound();
  throw error;
}

const words = (relation: HopRelation | null) => (relation ? RELATION_WORDS[relation] : "");

export default async function ClaimReviewPage({ params }: Props) {
  await connection();
  const { workspace: slug, claimId } = await params;
  const caller = await getServerCaller();
  const workspace = await caller.workspaces.bySlug({ slug }).catch(notFoundOn);
  const claim = await caller.sourcing.claim({ id: claimId }).catch(notFoundOn);
  if (!workspace.articles.some((article) => article.id === claim.articleId)) notFound();
  const canWrite = workspace.role !== "VIEWER";

  return (
    <main className="editor-main">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}/review`}>Review queue</Link> · in{" "}
        <Link href={`/editor/${workspace.slug}/articles/${claim.articleId}`}>{claim.article.title}</Link>
      </p>
      <h1>Review a claim</h1>
      {/* The claim as its speaker's statement: quotation marks only around a direct quote (issue 11). */}
      <p className="claim-statement">
        <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />
      </p>
      <ReviewControls
        claimId={claim.id}
        reviewState={claim.reviewState ?? "DRAFT"}
        version={claim.version}
        canWrite={canWrite}
      />
      <ProvenanceSummary provenance={claim.provenance} />
      <h2>Chain</h2>
      {claim.hops.length === 0 ? <p className="meta">No hops yet: the claim is unattributed.</p> : null}
      <ol className="plain-list hops">
        {claim.hops.map((hop) => (
          <li key={hop.id}>
            {hop.from.name} → {hop.to?.name ?? "this article"}{" "}
            <span className="meta">
              ({words(hop.relation)}, {describeHand(hop.firstHand)}, {Math.round(hop.confidence * 100)}
              %)
            </span>
            <HopRelationTerm
              workspaceId={workspace.id}
              hopId={hop.id}
              claimVersion={claim.version}
              relationTermId={hop.relationTermId}
              canWrite={canWrite}
            />
          </li>
        ))}
      </ol>
      <ClaimTags workspaceId={workspace.id} claimId={claim.id} canWrite={canWrite} />
      <ClaimHistory claimId={claim.id} />
    </main>
  );
}
