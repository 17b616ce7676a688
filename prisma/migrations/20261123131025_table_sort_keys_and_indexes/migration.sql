-- DropIndex
DROP INDEX "statements_type_date_idx";

-- DropIndex
DROP INDEX "statements_status_date_idx";

-- DropIndex
DROP INDEX "statements_speaker_id_date_idx";

-- DropIndex
DROP INDEX "statements_date_id_idx";

-- AlterTable
ALTER TABLE "statements" ADD COLUMN "source_sort" TEXT;
ALTER TABLE "statements" ADD COLUMN "speaker_sort" TEXT;

-- CreateIndex
CREATE INDEX "statements_deleted_at_date_idx" ON "statements"("deleted_at", "date");

-- CreateIndex
CREATE INDEX "statements_deleted_at_speaker_sort_idx" ON "statements"("deleted_at", "speaker_sort");

-- CreateIndex
CREATE INDEX "statements_deleted_at_source_sort_idx" ON "statements"("deleted_at", "source_sort");

-- CreateIndex
CREATE INDEX "statements_speaker_id_deleted_at_date_idx" ON "statements"("speaker_id", "deleted_at", "date");

-- CreateIndex
CREATE INDEX "statements_status_deleted_at_date_type_idx" ON "statements"("status", "deleted_at", "date", "type");

-- CreateIndex
CREATE INDEX "statements_type_deleted_at_date_status_idx" ON "statements"("type", "deleted_at", "date", "status");
