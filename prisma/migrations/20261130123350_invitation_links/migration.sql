-- Invitations are accepted only through the secret link mailed to the invited address (issue 13):
-- only the SHA-256 of the link's token is kept, with the moment the link stops working.
-- Invitations pending before this migration have neither: they cannot be accepted, and the
-- owner invites the address again to mail a link (docs/SECURITY.md).
ALTER TABLE "invitation" ADD COLUMN "token_hash" TEXT,
ADD COLUMN "expires_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");
