import type { PrismaClient, Prisma } from "./generated/prisma/client";

// Raw SQL that runs on both databases. Queries are written once with `?` placeholders and
// double-quoted camelCase aliases (PostgreSQL folds bare ones to lower case); the few fragments
// that differ take a dialect.

export type SqlDialect = "sqlite" | "postgres";

type RawClient = PrismaClient | Prisma.TransactionClient;
export type SqlValue = string | number | bigint | boolean | Date | null;

/** Which database a client (or a transaction's client) talks to. */
export function sqlDialect(db: RawClient): SqlDialect {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}

/**
 * `?` placeholders become PostgreSQL's `$1, $2, …`. Question marks inside quoted strings,
 * quoted identifiers and comments are left alone.
 */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  let out = "";
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === "?") {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

function forDialect(db: RawClient, sql: string): string {
  return sqlDialect(db) === "postgres" ? toPostgresPlaceholders(sql) : sql;
}

/** A raw query with `?` placeholders, on either database. Lazy like Prisma's, so it can go in a batch transaction. */
export function queryRaw<T>(db: RawClient, sql: string, ...params: SqlValue[]): Prisma.PrismaPromise<T> {
  return db.$queryRawUnsafe<T>(forDialect(db, sql), ...params);
}

/** A raw statement with `?` placeholders, on either database; resolves to the rows it changed. */
export function executeRaw(db: RawClient, sql: string, ...params: SqlValue[]): Prisma.PrismaPromise<number> {
  return db.$executeRawUnsafe(forDialect(db, sql), ...params);
}

/**
 * Reads that must agree with each other (a page and its count), in one transaction. On PostgreSQL
 * at REPEATABLE READ, so both see one snapshot (READ COMMITTED takes one per statement); SQLite's
 * transaction is one snapshot already. Under load a request waits up to 10 s for a pooled
 * connection instead of Prisma's 2 s, after which it would fail (P2028).
 */
export function readTogether<P extends Prisma.PrismaPromise<unknown>[]>(db: PrismaClient, queries: [...P]) {
  // The PostgreSQL client is typed as the SQLite one, whose only isolation level is Serializable.
  const isolation = sqlDialect(db) === "postgres" ? { isolationLevel: "RepeatableRead" as Prisma.TransactionIsolationLevel } : {};
  return db.$transaction(queries, { maxWait: 10_000, ...isolation });
}
