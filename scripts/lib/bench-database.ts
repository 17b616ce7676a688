import path from "node:path";
import pg from "pg";
import type { SqlDialect } from "../../lib/sql";
import { startPostgresServer } from "../postgres-server.mjs";
import { createFreshDatabase } from "./fresh-database";
import { migrateDatabase } from "./migrate-database";

// The database a benchmark runs on: a fresh SQLite file, or a fresh database on PostgreSQL (a
// throwaway server, or the one `--database-url` names), migrated through the real migration script.

/** The command-line options every benchmark takes to pick its database. */
export const benchDatabaseOptions = {
  /** sqlite (default) or postgres. */
  database: { type: "string", default: "sqlite" },
  /** An existing PostgreSQL server: each run makes its own databases there and drops them. */
  "database-url": { type: "string" },
} as const;

export interface BenchDatabase {
  dialect: SqlDialect;
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  /** Drops the database (deletes the file). */
  remove: () => Promise<void>;
}

export interface BenchServer {
  dialect: SqlDialect;
  /** What the run measures, with the throwaway server's durability caveat. */
  description: string;
  /** Whether a database made here outlives the run when not removed (a throwaway server does not). */
  canKeep: boolean;
  createDatabase: (name: string) => Promise<BenchDatabase>;
  stop: () => Promise<void>;
}

/**
 * The throwaway server's configuration beyond the defaults, as a deployment for a million
 * statements would set it: shared buffers that hold the corpus and its indexes (1.5 GB at 1M;
 * the default is 128 MB), and one core per query, as the targets are stated: on two busy cores a
 * parallel plan's workers cost more than they save (a tag page took 20-40 ms with two, 4 ms without).
 */
export const BENCH_POSTGRES_SETTINGS = { shared_buffers: "1GB", max_parallel_workers_per_gather: "0" };

/** The server the options name: SQLite files, a throwaway PostgreSQL server, or the given one. */
export async function openBenchServer(options: { database?: string; "database-url"?: string }): Promise<BenchServer> {
  const given = options["database-url"];
  const dialect = given ? "postgres" : options.database;
  if (dialect === "sqlite") {
    return {
      dialect: "sqlite",
      description: "SQLite (a fresh file, WAL)",
      canKeep: true,
      createDatabase: async (name) => {
        const db = createFreshDatabase(name);
        return { dialect: "sqlite", url: db.url, file: db.file, remove: async () => db.remove() };
      },
      stop: async () => {},
    };
  }
  if (dialect !== "postgres") throw new Error(`--database must be sqlite or postgres, got ${dialect}`);
  const server = given ? null : await startPostgresServer({ settings: BENCH_POSTGRES_SETTINGS });
  const base = new URL(given ?? server!.url);
  const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  const version = await admin(async (c) => (await c.query("SHOW server_version")).rows[0].server_version as string);
  return {
    dialect: "postgres",
    description: server
      ? `PostgreSQL ${version}, a throwaway local server with fsync, synchronous_commit and full_page_writes OFF: ` +
        "durability is off, so writes are faster than on a real server (pass --database-url postgresql://... to measure one); " +
        Object.entries(BENCH_POSTGRES_SETTINGS).map(([name, value]) => `${name}=${value}`).join(", ")
      : `PostgreSQL ${version} at ${base.host} (its own configuration)`,
    canKeep: !server,
    createDatabase: async (name) => {
      const database = `onrecord_${name.replace(/\W+/g, "_")}_${Date.now().toString(36)}`;
      await admin((c) => c.query(`CREATE DATABASE "${database}"`));
      const url = new URL(base);
      url.pathname = `/${database}`;
      migrateDatabase(url.toString());
      return {
        dialect: "postgres",
        url: url.toString(),
        file: null,
        remove: async () => {
          await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
        },
      };
    },
    stop: async () => {
      await server?.stop();
    },
  };
}

/** A corpus an earlier run kept (`bench:db --keep`): a SQLite file or a PostgreSQL URL. Never removed. */
export function existingBenchDatabase(corpus: string): BenchDatabase {
  if (/^postgres(ql)?:\/\//i.test(corpus)) return { dialect: "postgres", url: corpus, file: null, remove: async () => {} };
  const file = path.resolve(corpus);
  return { dialect: "sqlite", url: `file:${file}`, file, remove: async () => {} };
}
