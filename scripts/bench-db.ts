// npm run bench:db -- --statements 1000000 [--iterations 50] [--keep] [--plans]
//   [--database sqlite|postgres] [--database-url postgresql://...] [--corpus <kept file or URL>]
// Builds a realistic corpus in a fresh database through the ingest code, then runs the table's
// query mix through the app's own getStatements and, as the floor, the same SQL directly on the
// driver (better-sqlite3, or pg), run as the app runs it, and prints p50/p95 of each with
// the app/floor ratio.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { toPostgresPlaceholders } from "../lib/sql";
import { benchDatabaseOptions, existingBenchDatabase, openBenchServer, type BenchDatabase } from "./lib/bench-database";
import { percentiles } from "./lib/fresh-database";
import { fillSyntheticDatabase, tableQueryMix } from "./lib/synthetic-database";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "100000" },
    iterations: { type: "string", default: "50" },
    keep: { type: "boolean", default: false },
    plans: { type: "boolean", default: false },
    /** A corpus an earlier `--keep` run left behind (SQLite file or PostgreSQL URL): measured as it is. */
    corpus: { type: "string" },
    ...benchDatabaseOptions,
  },
});
const target = Number(values.statements);
const iterations = Number(values.iterations);

const server = values.corpus ? null : await openBenchServer(values);
if (server?.dialect === "postgres") console.log(`bench:db: ${server.description}`);
if (values.keep && server && !server.canKeep) {
  console.log("bench:db: --keep needs --database-url on PostgreSQL (the throwaway server is stopped at the end); not keeping");
}
const db: BenchDatabase = values.corpus ? existingBenchDatabase(values.corpus) : await server!.createDatabase("bench-db");
const keep = Boolean(values.corpus) || (values.keep && server!.canKeep);
process.env.DATABASE_URL = db.url;
const { prisma } = await import("../lib/db");
const { getStatements } = await import("../app/statements/lib/queries");
const { loadStatementsSearchParams } = await import("../app/statements/lib/search-params");
const { buildStatementsQuery } = await import("../app/statements/lib/statements-query");

function memory(): string {
  return `${Math.round(process.memoryUsage().rss / 1048576)} MB rss`;
}

/**
 * The floor: the app's SQL on the bare driver, run as getStatements runs it: rows and count in one
 * transaction (on PostgreSQL at REPEATABLE READ, see readTogether in lib/sql.ts).
 */
interface Floor {
  run: (rows: { sql: string; params: unknown[] }, count: { sql: string; params: unknown[] }) => Promise<void>;
  plan: (q: { sql: string; params: unknown[] }) => Promise<string[]>;
  counts: () => Promise<{ s: number; so: number; sp: number }>;
  close: () => Promise<void>;
}

const COUNTS_SQL = "SELECT (SELECT COUNT(*) FROM statements) s, (SELECT COUNT(*) FROM sources) so, (SELECT COUNT(*) FROM speakers) sp";

function sqliteFloor(file: string): Floor {
  const sqlite = new Database(file);
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string) => prepared.get(sql) ?? prepared.set(sql, sqlite.prepare(sql)).get(sql)!;
  return {
    run: async (rows, count) =>
      sqlite.transaction(() => {
        prepare(rows.sql).all(...rows.params);
        prepare(count.sql).get(...count.params);
      })(),
    plan: async (q) => [(sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((p) => p.detail).join(" | ")],
    counts: async () => sqlite.prepare(COUNTS_SQL).get() as { s: number; so: number; sp: number },
    close: async () => {
      sqlite.close();
    },
  };
}

async function postgresFloor(url: string): Promise<Floor> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    run: async (rows, count) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await client.query(toPostgresPlaceholders(rows.sql), rows.params);
      await client.query(toPostgresPlaceholders(count.sql), count.params);
      await client.query("COMMIT");
    },
    plan: async (q) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${toPostgresPlaceholders(q.sql)}`, q.params);
      return rows.map((r) => r["QUERY PLAN"] as string);
    },
    counts: async () => {
      const row = (await client.query(COUNTS_SQL)).rows[0];
      return { s: Number(row.s), so: Number(row.so), sp: Number(row.sp) };
    },
    close: () => client.end(),
  };
}

try {
  let built = "";
  if (!values.corpus) {
    // Build the corpus through the same store code as `npm run ingest` (its batched variant).
    const { stored, seconds } = await fillSyntheticDatabase(prisma, db, target, (n, s) =>
      console.log(`  ${n} statements stored (${s.toFixed(0)} s, ${memory()})`),
    );
    built = `; built in ${seconds.toFixed(1)} s (${Math.round(stored / seconds)} statements/s), ${memory()}`;
  }
  const floor = db.dialect === "postgres" ? await postgresFloor(db.url) : sqliteFloor(db.file!);
  const counts = await floor.counts();
  console.log(`bench:db: ${counts.s} statements, ${counts.so} sources, ${counts.sp} speakers${built}`);
  const mix = await tableQueryMix(db);

  // Warm the cache once so both sides start equal.
  for (const query of Object.values(mix)) await getStatements(loadStatementsSearchParams(new URLSearchParams(query)));

  console.log(`\nload average before the queries: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (${os.cpus().length} cores)`);
  console.log(`${"query".padEnd(30)} ${"app p50".padStart(8)} ${"app p95".padStart(8)} ${"sql p50".padStart(8)} ${"sql p95".padStart(8)} ${"ratio".padStart(6)}  (ms, ${iterations} runs)`);
  for (const [name, query] of Object.entries(mix)) {
    const input = loadStatementsSearchParams(new URLSearchParams(query));
    const { rows, count } = buildStatementsQuery(input, db.dialect);
    // App and floor alternate, so both meet the same load from whatever else runs on the machine.
    const app: number[] = [];
    const sql: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      await getStatements(input);
      app.push(performance.now() - t);
      t = performance.now();
      await floor.run(rows, count);
      sql.push(performance.now() - t);
    }
    if (values.plans) {
      for (const [label, q] of [["page", rows], ["count", count]] as const) {
        const plan = await floor.plan(q);
        if (db.dialect === "sqlite") console.log(`    ${label}: ${plan[0]}`);
        else console.log(`    ${label}:\n${plan.map((line) => `      ${line}`).join("\n")}`);
      }
    }
    const a = percentiles(app);
    const f = percentiles(sql);
    console.log(
      `${name.padEnd(30)} ${a.p50.toFixed(1).padStart(8)} ${a.p95.toFixed(1).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${(a.p50 / f.p50).toFixed(2).padStart(6)}`,
    );
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  await floor.close();
  if (keep) console.log(`\nkept the database: ${db.file ? path.relative(process.cwd(), db.file) : db.url}`);
} finally {
  await prisma.$disconnect();
  if (!keep) await db.remove();
  await server?.stop();
}
