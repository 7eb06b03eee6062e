-- The review workflow's facts as columns of the claim, written in the same transaction as the
-- change they describe, instead of being read back from free-text audit actions: who last
-- changed the claim's sourcing, who submitted it and when, the version that was signed off, and
-- the note a reviewer sent it back with.

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "last_sourcing_editor_id" UUID,
ADD COLUMN "submitted_by_id" UUID,
ADD COLUMN "submitted_at" TIMESTAMPTZ(3),
ADD COLUMN "signed_off_version" INTEGER,
ADD COLUMN "review_note" TEXT,
ADD COLUMN "review_note_by_id" UUID,
ADD COLUMN "review_note_at" TIMESTAMPTZ(3);

-- Backfill from the audit log, once: the latest event of each kind per claim.
UPDATE "claim" AS c SET "last_sourcing_editor_id" = e."actor_id"
FROM (
    SELECT DISTINCT ON ("entity_id") "entity_id", "actor_id"
    FROM "audit_event"
    WHERE "entity_type" = 'claim' AND "actor_id" IS NOT NULL
      AND "action" IN ('claim.create', 'claim.update', 'claim.accept_suggestion', 'claim.reanchor',
                       'hop.add', 'hop.remove', 'hop.relation_term')
    ORDER BY "entity_id", "created_at" DESC
) AS e
WHERE c."id"::text = e."entity_id";

UPDATE "claim" AS c SET "submitted_by_id" = e."actor_id", "submitted_at" = e."created_at"
FROM (
    SELECT DISTINCT ON ("entity_id") "entity_id", "actor_id", "created_at"
    FROM "audit_event"
    WHERE "entity_type" = 'claim' AND "action" = 'review.submit'
    ORDER BY "entity_id", "created_at" DESC
) AS e
WHERE c."id"::text = e."entity_id";

UPDATE "claim" AS c SET "signed_off_version" = (e."after"->>'version')::integer
FROM (
    SELECT DISTINCT ON ("entity_id") "entity_id", "after"
    FROM "audit_event"
    WHERE "entity_type" = 'claim' AND "action" = 'review.sign_off'
    ORDER BY "entity_id", "created_at" DESC
) AS e
WHERE c."id"::text = e."entity_id" AND jsonb_typeof(e."after"->'version') = 'number';

UPDATE "claim" AS c SET "review_note" = e."after"->>'note', "review_note_by_id" = e."actor_id", "review_note_at" = e."created_at"
FROM (
    SELECT DISTINCT ON ("entity_id") "entity_id", "actor_id", "created_at", "after"
    FROM "audit_event"
    WHERE "entity_type" = 'claim' AND "action" = 'review.send_back'
    ORDER BY "entity_id", "created_at" DESC
) AS e
WHERE c."id"::text = e."entity_id" AND c."review_state" = 'DRAFT';
