-- Each sign-up with an address still waiting for confirmation is kept with the name and password
-- it chose (issue 13): a later sign-up no longer replaces the waiting account's password, so a
-- stranger's sign-up with someone's address cannot make the owner's own confirmation fail.
-- Each link now names the sign-up it was mailed for. Accounts waiting now keep their current
-- name and password as their one pending sign-up.

-- CreateTable
CREATE TABLE "pending_sign_up" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_sign_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pending_sign_up_user_id_created_at_idx" ON "pending_sign_up"("user_id", "created_at");

-- AlterTable
ALTER TABLE "email_confirmation" ADD COLUMN "pending_sign_up_id" UUID;

-- CreateIndex
CREATE INDEX "email_confirmation_pending_sign_up_id_idx" ON "email_confirmation"("pending_sign_up_id");

-- AddForeignKey
ALTER TABLE "email_confirmation" ADD CONSTRAINT "email_confirmation_pending_sign_up_id_fkey" FOREIGN KEY ("pending_sign_up_id") REFERENCES "pending_sign_up"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_sign_up" ADD CONSTRAINT "pending_sign_up_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "pending_sign_up" ("user_id", "name", "password_hash", "created_at")
SELECT "id", "name", "password_hash", "created_at" FROM "app_user"
WHERE "email_confirmed_at" IS NULL AND "password_hash" IS NOT NULL;
