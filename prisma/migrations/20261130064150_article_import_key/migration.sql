-- What makes a bulk import re-runnable: an imported article remembers which article of the
-- input it is ("import_key": its url, else its title) and a digest of what was imported
-- ("import_digest"). Importing the same input again finds the key in the workspace and, with the
-- same digest, creates nothing ("unchanged"). One key per workspace, so two imports of the same
-- input at once cannot both create the article. Articles made in the editor have neither.

-- AlterTable
ALTER TABLE "article" ADD COLUMN "import_key" TEXT,
ADD COLUMN "import_digest" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "article_workspace_id_import_key_key" ON "article"("workspace_id", "import_key");
