-- A claim's stance: whether its speaker asserts the claim's words or denies them
-- (docs/PROVENANCE.md). Existing claims are assertions.
CREATE TYPE "ClaimStance" AS ENUM ('ASSERTS', 'DENIES');
ALTER TABLE "claim" ADD COLUMN "stance" "ClaimStance" NOT NULL DEFAULT 'ASSERTS';

-- When the claim's sourcing and verdict were last published to readers (ClaimReview's
-- datePublished). Published claims take their last publish in the audit log, or, when they were
-- imported as published, the time they were created.
ALTER TABLE "claim" ADD COLUMN "published_at" TIMESTAMPTZ(3);
UPDATE "claim" SET "published_at" = COALESCE(
  (SELECT max("created_at") FROM "audit_event"
    WHERE "entity_type" = 'claim' AND "entity_id" = "claim"."id"::text AND "action" = 'review.publish'),
  "created_at")
WHERE "review_state" = 'PUBLISHED';
