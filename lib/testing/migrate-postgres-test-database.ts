import pg from "pg";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { startPostgresServer } from "../../scripts/postgres-server.mjs";

// Vitest global setup for the PostgreSQL project: a throwaway server (or the one named by
// ONRECORD_TEST_POSTGRES_URL), one template database migrated through the real migration script,
// and test files clone it (see test-database.ts), as the SQLite project copies its template file.
export default async function migratePostgresTestDatabase() {
  const given = process.env.ONRECORD_TEST_POSTGRES_URL;
  const server = given ? null : await startPostgresServer();
  const base = new URL(given ?? server!.url);
  const template = new URL(base);
  template.pathname = "/onrecord_test_template";
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query('DROP DATABASE IF EXISTS "onrecord_test_template"');
    await admin.query('CREATE DATABASE "onrecord_test_template"');
  } finally {
    await admin.end();
  }
  migrateDatabase(template.toString());
  process.env.ONRECORD_TEST_POSTGRES_TEMPLATE_URL = template.toString();
  return async () => {
    await server?.stop();
  };
}
