-- Search stays flat as the newsroom grows. A GIN index collects new entries in a pending list
-- (fastupdate) that every search reads through sequentially until a VACUUM merges it; PGlite
-- runs no autovacuum, and PostgreSQL only from time to time, so a search for a word of one
-- article read up to 4 MB of pending entries (about 20,000 claims' words) and the planner,
-- costing that list, chose to read the whole claim table instead. Without the pending list,
-- each write puts its words straight into the index, and a search reads only the index pages of
-- its words. The entries already pending are merged now.

ALTER INDEX "claim_search_vector_idx" SET (fastupdate = off);
ALTER INDEX "source_search_vector_idx" SET (fastupdate = off);
ALTER INDEX "article_search_vector_idx" SET (fastupdate = off);

SELECT gin_clean_pending_list('claim_search_vector_idx');
SELECT gin_clean_pending_list('source_search_vector_idx');
SELECT gin_clean_pending_list('article_search_vector_idx');
