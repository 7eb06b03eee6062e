-- The search indexes keep a pending list again, but a short one (64 kB, the least PostgreSQL
-- allows, instead of 4 MB). Without one (migration search_index_no_pending_list), each claim
-- written put its words into the index one by one: writing 20,000 claims took 4.6-6.4 s instead
-- of 1.3-1.6 s on PostgreSQL, which every import pays. With 64 kB, writes are batched into the
-- index every few hundred claims, and a search reads at most 64 kB of pending entries whatever
-- the size of the newsroom or the time since the last VACUUM (PGlite runs none), so it stays
-- flat and the planner, costing at most 8 pending pages, keeps to the index.

ALTER INDEX "claim_search_vector_idx" SET (fastupdate = on, gin_pending_list_limit = 64);
ALTER INDEX "source_search_vector_idx" SET (fastupdate = on, gin_pending_list_limit = 64);
ALTER INDEX "article_search_vector_idx" SET (fastupdate = on, gin_pending_list_limit = 64);
