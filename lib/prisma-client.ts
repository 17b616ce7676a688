import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgres/client";
import { getDatabaseUrl, isPostgresUrl } from "./database-url";

/**
 * The client for DATABASE_URL: SQLite for a file: URL, PostgreSQL for a postgresql:// one. Both
 * clients are generated from the same schema, so the PostgreSQL one has the same API and is typed
 * as the SQLite one; raw SQL asks `sqlDialect` which database it is talking to.
 */
export function createPrismaClient(url = getDatabaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // `timeout` is SQLite's busy timeout: a writer waits for another instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5_000 }) });
}
