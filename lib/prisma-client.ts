import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { getDatabaseUrl } from "./database-url";

export function createPrismaClient(url = getDatabaseUrl()): PrismaClient {
  // `timeout` is SQLite's busy timeout: a writer waits for another instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5_000 }) });
}
