import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../prisma-client";
import type { PrismaClient } from "../generated/prisma/client";
import type { SqlDialect } from "../sql";

/**
 * A fresh, migrated database for one test file; no mocks. SQLite: a copy of the template file.
 * PostgreSQL (the default in the PostgreSQL test project): a database cloned from the migrated
 * template, and `file` is null.
 */
export async function createTestDatabase(
  dialect: SqlDialect = process.env.ONRECORD_TEST_DATABASE === "postgres" ? "postgres" : "sqlite",
): Promise<{ prisma: PrismaClient; url: string; file: string | null }> {
  if (dialect === "postgres") {
    const postgresTemplate = process.env.ONRECORD_TEST_POSTGRES_TEMPLATE_URL;
    if (!postgresTemplate) throw new Error("ONRECORD_TEST_POSTGRES_TEMPLATE_URL is unset: run tests through vitest's postgres project");
    const url = await clonePostgresTemplate(postgresTemplate);
    return { prisma: createPrismaClient(url), url, file: null };
  }
  const template = process.env.ONRECORD_TEST_TEMPLATE_DB;
  if (!template) throw new Error("ONRECORD_TEST_TEMPLATE_DB is unset: run tests through vitest (see vitest.config.ts)");
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  const url = `file:${file}`;
  return { prisma: createPrismaClient(url), url, file };
}

async function clonePostgresTemplate(templateUrl: string): Promise<string> {
  const template = new URL(templateUrl);
  const name = `onrecord_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const server = new URL(template);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    // Clones run one at a time: PostgreSQL refuses a template that another clone is reading.
    await admin.query("SELECT pg_advisory_lock(7306724)");
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(template);
  url.pathname = `/${name}`;
  return url.toString();
}
