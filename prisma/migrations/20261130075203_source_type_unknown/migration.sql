-- A source whose type nobody recorded: the fallback for a name an import or a suggestion
-- cannot classify, worded "type not recorded" everywhere instead of a guessed person
-- (docs/SOURCES.md). Existing sources keep their type.
ALTER TYPE "SourceType" ADD VALUE 'UNKNOWN';
