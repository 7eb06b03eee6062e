-- Sign-up is confirmed by a link mailed to the address (issue 13, "Enumeration"): an account
-- signs in only once "email_confirmed_at" is set. Only the SHA-256 of each link's token is kept,
-- with its expiry; a confirmation deletes the row, so a link works once.
-- Accounts created before this migration count as confirmed (from when they were created): they
-- were signing in already, and locking them out would gain nothing (docs/SECURITY.md says what
-- that leaves open).

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN "email_confirmed_at" TIMESTAMPTZ(3);

UPDATE "app_user" SET "email_confirmed_at" = "created_at";

-- CreateTable
CREATE TABLE "email_confirmation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_confirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_confirmation_token_hash_key" ON "email_confirmation"("token_hash");

-- CreateIndex
CREATE INDEX "email_confirmation_user_id_idx" ON "email_confirmation"("user_id");

-- AddForeignKey
ALTER TABLE "email_confirmation" ADD CONSTRAINT "email_confirmation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
