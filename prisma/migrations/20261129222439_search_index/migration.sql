-- Search reads stored tsvectors through GIN indexes instead of computing to_tsvector over every
-- claim, source and article of every workspace per query. 'simple': names and quotes in any
-- language, no stemming. Generated columns, so every write keeps them current. A source is found
-- by its name only: its notes are not for every reader (docs/SECURITY.md).

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "exact" || ' ' || coalesce("cue", ''))) STORED;
ALTER TABLE "source" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "name")) STORED;
ALTER TABLE "article" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "title")) STORED;

-- CreateIndex
CREATE INDEX "claim_search_vector_idx" ON "claim" USING GIN ("search_vector");
CREATE INDEX "source_search_vector_idx" ON "source" USING GIN ("search_vector");
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");

-- A source is readable outside its workspace through the published claims that use it; this is
-- the one use of a source that had no index to find it by.
CREATE INDEX "claim_primary_record_source_id_idx" ON "claim"("primary_record_source_id");
