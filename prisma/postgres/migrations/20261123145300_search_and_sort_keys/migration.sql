-- Full-text search, as SQLite's statements_fts does it: one row per live statement in a table
-- Prisma does not model (scripts/wasm-migrate.mjs lists it as external so a diff never drops it),
-- kept in sync by triggers. A deleted statement leaves the index; restoring it re-indexes it.
-- The configuration matches SQLite's tokenizer (porter stemming, diacritics removed) and, like it,
-- drops no stop words, so a search for "the" finds what it finds there.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY onrecord_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION onrecord (COPY = english);
ALTER TEXT SEARCH CONFIGURATION onrecord
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, onrecord_stem;

CREATE TABLE "statements_search" (
    "statement_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "statements"("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "statements_search_document_idx" ON "statements_search" USING GIN ("document");

CREATE FUNCTION statements_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.deleted_at IS NULL THEN
        INSERT INTO statements_search (statement_id, document) VALUES (NEW.id, to_tsvector('onrecord', NEW.text))
        ON CONFLICT (statement_id) DO UPDATE SET document = EXCLUDED.document;
    ELSE
        DELETE FROM statements_search WHERE statement_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER statements_search_after_insert AFTER INSERT ON "statements"
    FOR EACH ROW EXECUTE FUNCTION statements_search_sync();
CREATE TRIGGER statements_search_after_update AFTER UPDATE OF text, deleted_at ON "statements"
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION statements_search_sync();

INSERT INTO statements_search (statement_id, document)
SELECT id, to_tsvector('onrecord', text) FROM "statements" WHERE deleted_at IS NULL;

-- statements.speaker_sort / source_sort: the speaker's name and the source's title, lower-cased,
-- whoever writes (ingest, edits, merges, renames). Byte order ("C"), as SQLite compares, so both
-- databases sort the table the same way whatever the database's locale.
ALTER TABLE "statements" ALTER COLUMN "speaker_sort" SET DATA TYPE TEXT COLLATE "C";
ALTER TABLE "statements" ALTER COLUMN "source_sort" SET DATA TYPE TEXT COLLATE "C";

CREATE FUNCTION statements_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.speaker_sort := (SELECT lower(name) FROM speakers WHERE id = NEW.speaker_id);
    NEW.source_sort := (SELECT lower(title) FROM sources WHERE id = NEW.source_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER statements_sort_keys_before_write BEFORE INSERT OR UPDATE OF speaker_id, source_id, speaker_sort, source_sort ON "statements"
    FOR EACH ROW EXECUTE FUNCTION statements_sort_keys();

CREATE FUNCTION speakers_sort_key_after_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statements SET speaker_sort = lower(NEW.name) WHERE speaker_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER speakers_sort_key_after_rename AFTER UPDATE OF name ON "speakers"
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION speakers_sort_key_after_rename();

CREATE FUNCTION sources_sort_key_after_retitle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statements SET source_sort = lower(NEW.title) WHERE source_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER sources_sort_key_after_retitle AFTER UPDATE OF title ON "sources"
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION sources_sort_key_after_retitle();
