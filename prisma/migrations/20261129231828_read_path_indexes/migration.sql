-- Indexes for the read paths that grow with the newsroom: keyset pages of articles and sources,
-- the claims of one source (in claim-id order, so pages and the impact preview read only that
-- source's claims), and counts of an article's published claims.

-- DropIndex
DROP INDEX "claim_speaker_id_idx";
DROP INDEX "claim_primary_record_source_id_idx";
DROP INDEX "claim_named_source_source_id_idx";
DROP INDEX "hop_from_source_id_idx";
DROP INDEX "hop_to_source_id_idx";

-- CreateIndex
CREATE INDEX "article_status_published_at_created_at_id_idx" ON "article"("status", "published_at", "created_at", "id");
CREATE INDEX "article_workspace_id_created_at_id_idx" ON "article"("workspace_id", "created_at", "id");
CREATE INDEX "claim_article_id_review_state_idx" ON "claim"("article_id", "review_state");
CREATE INDEX "claim_speaker_id_id_idx" ON "claim"("speaker_id", "id");
CREATE INDEX "claim_primary_record_source_id_id_idx" ON "claim"("primary_record_source_id", "id");
CREATE INDEX "claim_named_source_source_id_claim_id_idx" ON "claim_named_source"("source_id", "claim_id");
CREATE INDEX "source_workspace_id_name_id_idx" ON "source"("workspace_id", "name", "id");
CREATE INDEX "hop_from_source_id_claim_id_idx" ON "hop"("from_source_id", "claim_id");
CREATE INDEX "hop_to_source_id_claim_id_idx" ON "hop"("to_source_id", "claim_id");
