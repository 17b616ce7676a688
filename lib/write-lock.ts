import type { Prisma, PrismaClient } from "./generated/prisma/client";

/**
 * An interactive transaction that takes SQLite's write lock first, as `BEGIN IMMEDIATE` would
 * (Prisma opens a deferred `BEGIN`). A concurrent writer then waits for our commit (busy timeout)
 * and reads what we wrote, instead of failing later on a stale snapshot. Every write goes here.
 */
export function writeTransaction<T>(
  prisma: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("UPDATE sources SET id = id WHERE 0");
    return work(tx);
  }, options);
}
