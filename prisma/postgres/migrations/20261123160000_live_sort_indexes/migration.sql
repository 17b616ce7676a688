-- The table's sort indexes, as PostgreSQL reads them. The table shows live rows only, so each
-- index holds only those (partial, WHERE deleted_at IS NULL) and ends with the id tiebreak, which
-- SQLite gets for free from the rowid. A B-tree read backwards gives DESC NULLS FIRST, and the
-- table sorts NULLS LAST both ways, so a nullable sort column has one index per direction; the
-- NOT NULL ones (type, status) are sorted without NULLS LAST and read either way.
-- Prisma cannot model partial indexes: the migration engine keeps them (diff prints no changes).
CREATE INDEX "statements_live_date_asc_idx" ON "statements" ("date" ASC NULLS LAST, "id" ASC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_date_desc_idx" ON "statements" ("date" DESC NULLS LAST, "id" DESC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_speaker_sort_asc_idx" ON "statements" ("speaker_sort" ASC NULLS LAST, "id" ASC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_speaker_sort_desc_idx" ON "statements" ("speaker_sort" DESC NULLS LAST, "id" DESC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_source_sort_asc_idx" ON "statements" ("source_sort" ASC NULLS LAST, "id" ASC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_source_sort_desc_idx" ON "statements" ("source_sort" DESC NULLS LAST, "id" DESC) WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_type_idx" ON "statements" ("type", "id") WHERE "deleted_at" IS NULL;
CREATE INDEX "statements_live_status_idx" ON "statements" ("status", "id") WHERE "deleted_at" IS NULL;
-- A speaker's page, newest first, read in order.
CREATE INDEX "statements_live_speaker_date_desc_idx" ON "statements" ("speaker_id", "date" DESC NULLS LAST, "id" DESC) WHERE "deleted_at" IS NULL;
-- Whether a statement is live, from a narrow index instead of its row: a tag's count checks each
-- tagged statement (an index-only scan here is twice as fast as the table lookup).
CREATE INDEX "statements_live_id_idx" ON "statements" ("id") WHERE "deleted_at" IS NULL;
