// npm run bench:db -- --statements 1000000 [--iterations 50] [--keep] [--plans]
// Builds a realistic corpus in a fresh database through the ingest code, then runs the table's
// query mix through the app's own getStatements and, as the floor, the same SQL directly on
// better-sqlite3, and prints p50/p95 of each with the app/floor ratio.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { createFreshDatabase, percentiles } from "./lib/fresh-database";
import { fillSyntheticDatabase, tableQueryMix } from "./lib/synthetic-database";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "100000" },
    iterations: { type: "string", default: "50" },
    keep: { type: "boolean", default: false },
    plans: { type: "boolean", default: false },
  },
});
const target = Number(values.statements);
const iterations = Number(values.iterations);

const db = createFreshDatabase("bench-db");
process.env.DATABASE_URL = db.url;
const { prisma } = await import("../lib/db");
const { getStatements } = await import("../app/statements/lib/queries");
const { loadStatementsSearchParams } = await import("../app/statements/lib/search-params");
const { buildStatementsQuery } = await import("../app/statements/lib/statements-query");

function memory(): string {
  return `${Math.round(process.memoryUsage().rss / 1048576)} MB rss`;
}

try {
  // Build the corpus through the same store code as `npm run ingest` (its batched variant).
  const { stored, seconds: ingestSeconds } = await fillSyntheticDatabase(prisma, db.file, target, (n, s) =>
    console.log(`  ${n} statements stored (${s.toFixed(0)} s, ${memory()})`),
  );
  const sqlite = new Database(db.file);
  const counts = sqlite
    .prepare("SELECT (SELECT COUNT(*) FROM statements) s, (SELECT COUNT(*) FROM sources) so, (SELECT COUNT(*) FROM speakers) sp")
    .get() as { s: number; so: number; sp: number };
  console.log(
    `bench:db: ${counts.s} statements, ${counts.so} sources, ${counts.sp} speakers; built in ${ingestSeconds.toFixed(1)} s ` +
      `(${Math.round(stored / ingestSeconds)} statements/s), ${memory()}`,
  );
  const mix = tableQueryMix(db.file);

  // Warm the page cache once so both sides start equal.
  for (const query of Object.values(mix)) await getStatements(loadStatementsSearchParams(new URLSearchParams(query)));

  console.log(`\nload average before the queries: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (${os.cpus().length} cores)`);
  console.log(`${"query".padEnd(30)} ${"app p50".padStart(8)} ${"app p95".padStart(8)} ${"sql p50".padStart(8)} ${"sql p95".padStart(8)} ${"ratio".padStart(6)}  (ms, ${iterations} runs)`);
  for (const [name, query] of Object.entries(mix)) {
    const input = loadStatementsSearchParams(new URLSearchParams(query));
    const { rows, count } = buildStatementsQuery(input);
    const rowsStatement = sqlite.prepare(rows.sql);
    const countStatement = sqlite.prepare(count.sql);
    // App and floor alternate, so both meet the same load from whatever else runs on the machine.
    const app: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      await getStatements(input);
      app.push(performance.now() - t);
      t = performance.now();
      sqlite.transaction(() => {
        rowsStatement.all(...rows.params);
        countStatement.get(...count.params);
      })();
      floor.push(performance.now() - t);
    }
    if (values.plans) {
      for (const [label, q] of [["page", rows], ["count", count]] as const) {
        const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
        console.log(`    ${label}: ${plan.map((p) => p.detail).join(" | ")}`);
      }
    }
    const a = percentiles(app);
    const f = percentiles(floor);
    console.log(
      `${name.padEnd(30)} ${a.p50.toFixed(1).padStart(8)} ${a.p95.toFixed(1).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${(a.p50 / f.p50).toFixed(2).padStart(6)}`,
    );
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  sqlite.close();
  if (values.keep) console.log(`\nkept the database: ${path.relative(process.cwd(), db.file)}`);
} finally {
  await prisma.$disconnect();
  if (!values.keep) db.remove();
}
