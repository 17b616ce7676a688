import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { getDatabaseUrl } from "./database-url";

export function createPrismaClient(url = getDatabaseUrl()): PrismaClient {
  // `timeout` is SQLite's busy timeout: a writer waits for another instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5_000 }) });
}

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
