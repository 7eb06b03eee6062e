-- A source's note for readers, apart from its internal note. "notes" was shown on public pages,
-- the public API and exports as soon as a published claim used the source, though editors wrote
-- it as a private note; it is now the internal note, shown only to members, and "public_note"
-- is the only note readers see. Existing notes stay internal: nothing private becomes public.

-- AlterTable
ALTER TABLE "source" ADD COLUMN "public_note" TEXT;
