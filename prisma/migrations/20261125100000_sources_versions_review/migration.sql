-- Sources as records (aliases, reliability history, links, merges, archived captures), article
-- versions with re-anchoring state on claims, the review workflow, and workspace vocabularies.

-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('ANCHORED', 'NEEDS_REVIEW');
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'IN_REVIEW', 'REVIEWED', 'PUBLISHED');
CREATE TYPE "ReliabilityRating" AS ENUM ('ESTABLISHED', 'PARTISAN', 'UNKNOWN', 'STATE_CONTROLLED', 'SATIRE', 'KNOWN_FOR_FABRICATION');
CREATE TYPE "SourceLinkKind" AS ENUM ('SPEAKS_FOR', 'MEMBER_OF', 'PRODUCED_BY');
CREATE TYPE "TermKind" AS ENUM ('RELATION', 'CLAIM_TAG');

-- AlterTable
ALTER TABLE "workspace" ADD COLUMN "require_second_review" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "claim" ADD COLUMN "anchor_state" "AnchorState" NOT NULL DEFAULT 'ANCHORED',
ADD COLUMN "anchor_version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "previous_exact" TEXT,
ADD COLUMN "review_state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN "reviewed_by_id" UUID;
ALTER TABLE "source" ADD COLUMN "language" TEXT,
ADD COLUMN "country" TEXT,
ADD COLUMN "merged_into_id" UUID;
ALTER TABLE "hop" ADD COLUMN "relation_term_id" UUID;

-- CreateTable
CREATE TABLE "article_version" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_version_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "source_alias" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_alias_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "reliability_assessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source_id" UUID NOT NULL,
    "rating" "ReliabilityRating" NOT NULL,
    "reason" TEXT NOT NULL,
    "rated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reliability_assessment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "source_link" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "from_source_id" UUID NOT NULL,
    "to_source_id" UUID NOT NULL,
    "kind" "SourceLinkKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_link_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "source_merge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "merged_id" UUID NOT NULL,
    "moved" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "source_merge_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "archive_snapshot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "source_id" UUID,
    "hop_id" UUID,
    "original_url" TEXT,
    "archive_url" TEXT,
    "captured_at" TIMESTAMPTZ(3) NOT NULL,
    "content_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "archive_snapshot_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "workspace_term" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "kind" "TermKind" NOT NULL,
    "term" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "base_relation" "HopRelation",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_term_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "claim_tag" (
    "claim_id" UUID NOT NULL,
    "term_id" UUID NOT NULL,

    CONSTRAINT "claim_tag_pkey" PRIMARY KEY ("claim_id","term_id")
);

-- CreateIndex
CREATE INDEX "claim_review_state_idx" ON "claim"("review_state");
CREATE UNIQUE INDEX "article_version_article_id_version_key" ON "article_version"("article_id", "version");
CREATE INDEX "source_alias_normalized_name_idx" ON "source_alias"("normalized_name");
CREATE UNIQUE INDEX "source_alias_source_id_normalized_name_key" ON "source_alias"("source_id", "normalized_name");
CREATE INDEX "reliability_assessment_source_id_created_at_idx" ON "reliability_assessment"("source_id", "created_at");
CREATE INDEX "source_link_to_source_id_idx" ON "source_link"("to_source_id");
CREATE UNIQUE INDEX "source_link_from_source_id_to_source_id_kind_key" ON "source_link"("from_source_id", "to_source_id", "kind");
CREATE INDEX "source_merge_workspace_id_created_at_idx" ON "source_merge"("workspace_id", "created_at");
CREATE INDEX "source_merge_merged_id_idx" ON "source_merge"("merged_id");
CREATE INDEX "archive_snapshot_source_id_idx" ON "archive_snapshot"("source_id");
CREATE INDEX "archive_snapshot_hop_id_idx" ON "archive_snapshot"("hop_id");
CREATE UNIQUE INDEX "workspace_term_workspace_id_kind_term_key" ON "workspace_term"("workspace_id", "kind", "term");
CREATE INDEX "claim_tag_term_id_idx" ON "claim_tag"("term_id");

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "hop" ADD CONSTRAINT "hop_relation_term_id_fkey" FOREIGN KEY ("relation_term_id") REFERENCES "workspace_term"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "article_version" ADD CONSTRAINT "article_version_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_version" ADD CONSTRAINT "article_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "source_alias" ADD CONSTRAINT "source_alias_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reliability_assessment" ADD CONSTRAINT "reliability_assessment_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reliability_assessment" ADD CONSTRAINT "reliability_assessment_rated_by_id_fkey" FOREIGN KEY ("rated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "source_link" ADD CONSTRAINT "source_link_from_source_id_fkey" FOREIGN KEY ("from_source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "source_link" ADD CONSTRAINT "source_link_to_source_id_fkey" FOREIGN KEY ("to_source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "archive_snapshot" ADD CONSTRAINT "archive_snapshot_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "archive_snapshot" ADD CONSTRAINT "archive_snapshot_hop_id_fkey" FOREIGN KEY ("hop_id") REFERENCES "hop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "workspace_term" ADD CONSTRAINT "workspace_term_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_tag" ADD CONSTRAINT "claim_tag_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_tag" ADD CONSTRAINT "claim_tag_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "workspace_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A claim whose words were deleted by an edit keeps its place as an empty span until an editor
-- reviews it; every other claim still spans at least one character.
ALTER TABLE "claim" DROP CONSTRAINT "claim_span_check";
ALTER TABLE "claim" ADD CONSTRAINT "claim_span_check" CHECK ("start_offset" >= 0 AND ("end_offset" > "start_offset" OR ("end_offset" = "start_offset" AND "anchor_state" = 'NEEDS_REVIEW')));
