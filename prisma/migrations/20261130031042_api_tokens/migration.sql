-- API tokens get their own table: a name, an optional workspace scope and when each was last used,
-- so a person can list them and revoke one at a time. Until now they were rows of "session" whose
-- token began with "ctk_"; only a hash is stored, so they are told apart by their lifetime: browser
-- sessions last 30 days, API tokens 90 (a year before that). Those rows move here, unscoped.

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "workspace_id" UUID,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- CreateIndex
CREATE INDEX "api_token_workspace_id_idx" ON "api_token"("workspace_id");

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the existing API tokens (sessions made to last longer than 31 days).
INSERT INTO "api_token" ("user_id", "name", "token_hash", "created_at", "expires_at")
SELECT "user_id", 'API token (created before tokens had names)', "token_hash", "created_at", "expires_at"
FROM "session"
WHERE "expires_at" - "created_at" > INTERVAL '31 days';

DELETE FROM "session" WHERE "expires_at" - "created_at" > INTERVAL '31 days';
