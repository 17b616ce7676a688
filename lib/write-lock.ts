import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { executeRaw, sqlDialect } from "./sql";

/** Any constant: the one advisory lock that OnRecord's writers take on PostgreSQL. */
const POSTGRES_WRITE_LOCK = 7_306_723;

/**
 * An interactive transaction that takes the database's write lock first. On SQLite that is
 * `BEGIN IMMEDIATE`'s lock (Prisma opens a deferred `BEGIN`); on PostgreSQL, one transaction-scoped
 * advisory lock that every writer takes. A concurrent writer then waits for our commit and reads
 * what we wrote, instead of failing later on a stale snapshot. Every write goes here.
 */
export function writeTransaction<T>(
  prisma: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    if (sqlDialect(tx) === "postgres") await executeRaw(tx, "SELECT pg_advisory_xact_lock(?)", POSTGRES_WRITE_LOCK);
    else await executeRaw(tx, "UPDATE sources SET id = id WHERE 0");
    return work(tx);
  }, options);
}
