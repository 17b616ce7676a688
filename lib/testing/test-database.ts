import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../prisma-client";
import type { PrismaClient } from "../generated/prisma/client";

/** A fresh, migrated SQLite database file for one test file; no mocks. */
export function createTestDatabase(): { prisma: PrismaClient; url: string; file: string } {
  const template = process.env.ONRECORD_TEST_TEMPLATE_DB;
  if (!template) throw new Error("ONRECORD_TEST_TEMPLATE_DB is unset: run tests through vitest (see vitest.config.ts)");
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  const url = `file:${file}`;
  return { prisma: createPrismaClient(url), url, file };
}
