-- Keeps statements.speaker_sort / source_sort equal to the speaker's name and the source's title,
-- lower-cased (SQLite's lower() folds ASCII, as NOCASE did), whoever writes: ingest, edits,
-- speaker merges, renames. Writers that already set the right value (bulk ingest) skip the update.
CREATE TRIGGER "statements_sort_keys_after_insert" AFTER INSERT ON "statements"
WHEN new.speaker_sort IS NOT (SELECT lower(name) FROM speakers WHERE id = new.speaker_id)
  OR new.source_sort IS NOT (SELECT lower(title) FROM sources WHERE id = new.source_id)
BEGIN
    UPDATE "statements" SET
        speaker_sort = (SELECT lower(name) FROM speakers WHERE id = new.speaker_id),
        source_sort = (SELECT lower(title) FROM sources WHERE id = new.source_id)
    WHERE id = new.id;
END;

CREATE TRIGGER "statements_sort_keys_after_update" AFTER UPDATE OF speaker_id, source_id, speaker_sort, source_sort ON "statements"
WHEN new.speaker_sort IS NOT (SELECT lower(name) FROM speakers WHERE id = new.speaker_id)
  OR new.source_sort IS NOT (SELECT lower(title) FROM sources WHERE id = new.source_id)
BEGIN
    UPDATE "statements" SET
        speaker_sort = (SELECT lower(name) FROM speakers WHERE id = new.speaker_id),
        source_sort = (SELECT lower(title) FROM sources WHERE id = new.source_id)
    WHERE id = new.id;
END;

CREATE TRIGGER "speakers_sort_key_after_rename" AFTER UPDATE OF name ON "speakers" BEGIN
    UPDATE "statements" SET speaker_sort = lower(new.name) WHERE speaker_id = new.id;
END;

CREATE TRIGGER "sources_sort_key_after_retitle" AFTER UPDATE OF title ON "sources" BEGIN
    UPDATE "statements" SET source_sort = lower(new.title) WHERE source_id = new.id;
END;

UPDATE "statements" SET
    speaker_sort = (SELECT lower(name) FROM speakers WHERE id = statements.speaker_id),
    source_sort = (SELECT lower(title) FROM sources WHERE id = statements.source_id);

-- The search index holds live statements only, so a ranked search can take its top rows before it
-- joins (a deleted statement would otherwise leave a hole in the page). Restoring re-indexes.
-- Note: FTS5's 'rebuild' command would re-add deleted rows; re-run the last statement after one.
DROP TRIGGER "statements_fts_after_insert";
DROP TRIGGER "statements_fts_after_delete";
DROP TRIGGER "statements_fts_after_update";

CREATE TRIGGER "statements_fts_after_insert" AFTER INSERT ON "statements" WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO "statements_fts" (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER "statements_fts_after_delete" AFTER DELETE ON "statements" WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO "statements_fts" ("statements_fts", rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER "statements_fts_after_update" AFTER UPDATE OF text, deleted_at ON "statements" BEGIN
    INSERT INTO "statements_fts" ("statements_fts", rowid, text) SELECT 'delete', old.id, old.text WHERE old.deleted_at IS NULL;
    INSERT INTO "statements_fts" (rowid, text) SELECT new.id, new.text WHERE new.deleted_at IS NULL;
END;

INSERT INTO "statements_fts" ("statements_fts", rowid, text)
SELECT 'delete', id, text FROM "statements" WHERE deleted_at IS NOT NULL;
