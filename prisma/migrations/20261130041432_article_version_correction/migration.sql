-- What a version corrected in an article readers could already see (lib/articles/
-- summarize-correction.ts), written with the version when the article was published at the
-- time; null for versions written before publication or before this column existed.
ALTER TABLE "article_version" ADD COLUMN "correction" JSONB;
