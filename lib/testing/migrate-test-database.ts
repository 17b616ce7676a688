import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate-database";

// Vitest global setup: migrate one template database through the real migration script; test
// files copy it (see test-database.ts) so each works on its own real SQLite file.
export default function migrateTestDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(`file:${template}`);
  process.env.ONRECORD_TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
