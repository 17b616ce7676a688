import type { Prisma } from "./generated/prisma/client";

/**
 * Takes SQLite's write lock at the start of an interactive transaction, as `BEGIN IMMEDIATE`
 * would (Prisma opens a deferred `BEGIN`). A concurrent writer then waits for our commit (busy
 * timeout) and reads what we wrote, instead of failing later on a stale snapshot.
 */
export async function takeWriteLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe("UPDATE sources SET id = id WHERE 0");
}
