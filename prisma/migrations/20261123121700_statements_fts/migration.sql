-- Full-text search over statement text: an external-content FTS5 index kept in sync by triggers.
-- Prisma does not model virtual tables; scripts/wasm-migrate.mjs lists them as external so a diff
-- never drops them. A later migration that redefines "statements" must recreate these triggers.
CREATE VIRTUAL TABLE "statements_fts" USING fts5(
    text,
    content = 'statements',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "statements_fts_after_insert" AFTER INSERT ON "statements" BEGIN
    INSERT INTO "statements_fts" (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER "statements_fts_after_delete" AFTER DELETE ON "statements" BEGIN
    INSERT INTO "statements_fts" ("statements_fts", rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER "statements_fts_after_update" AFTER UPDATE OF text ON "statements" BEGIN
    INSERT INTO "statements_fts" ("statements_fts", rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO "statements_fts" (rowid, text) VALUES (new.id, new.text);
END;

INSERT INTO "statements_fts" ("statements_fts") VALUES ('rebuild');
