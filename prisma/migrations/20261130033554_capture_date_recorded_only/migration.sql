-- A capture's time is recorded only from what the editor entered or what the file itself states
-- (a WARC record's WARC-Date); without either it is NULL, shown as "capture date not recorded",
-- and no export gives the capture an access date.
ALTER TABLE "archive_snapshot" ALTER COLUMN "captured_at" DROP NOT NULL;

-- Captures saved without a time were given the moment of their upload: the server's clock, a few
-- milliseconds before the row's own created_at. That time was never recorded by anyone, so it is
-- removed. A time an editor entered comes from a form (whole minutes) or is the time stated by
-- a caller, and is kept unless it is that same sub-second moment of the upload.
UPDATE "archive_snapshot" SET "captured_at" = NULL
WHERE "captured_at" <= "created_at"
  AND "created_at" - "captured_at" < INTERVAL '2 seconds'
  AND "captured_at" <> date_trunc('second', "captured_at");
