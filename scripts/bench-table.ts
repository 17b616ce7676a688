// npm run bench:table: p50/p95 server time of the statements table's query mix on the seed database.
// Runs getStatements, the same function the page calls, on a fresh database loaded with seeds/.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createFreshDatabase, percentiles } from "./lib/fresh-database";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const db = createFreshDatabase("bench-table");
process.env.DATABASE_URL = db.url;

const { prisma } = await import("../lib/db");
const { ingestFiles } = await import("../lib/ingest/ingest-files");
const { getStatements } = await import("../app/statements/lib/queries");
const { loadStatementsSearchParams } = await import("../app/statements/lib/search-params");

try {
  await ingestFiles(prisma, [path.resolve(import.meta.dirname, "../seeds")]);
  const statements = await prisma.statement.count();
  const lastPage = Math.max(1, Math.ceil(statements / 25));
  const mix: Record<string, string> = {
    "default page": "",
    "full-text search": "q=risk+conflict",
    "phrase search by relevance": "q=%22NATO%22&sort=relevance",
    "speaker filter": "speaker=jens-stoltenberg",
    "date range, sorted by speaker": "from=2022-01-01&to=2022-01-31&sort=speaker.asc",
    "type + status filter": "type=direct,partial&status=unreviewed",
    "outlet filter": "outlet=DW",
    "deep page": `page=${lastPage}`,
    "100 rows, sorted by source": "perPage=100&sort=source.asc",
  };
  console.log(`bench:table: ${statements} statements, ${ITERATIONS} runs of each query (after 20 warm-up runs)`);
  console.log(`${"query".padEnd(32)} ${"rows".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  const all: number[] = [];
  for (const [name, query] of Object.entries(mix)) {
    const input = loadStatementsSearchParams(new URLSearchParams(query));
    for (let i = 0; i < 20; i++) await getStatements(input);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const start = performance.now();
      rows = (await getStatements(input)).rows.length;
      times.push(performance.now() - start);
    }
    all.push(...times);
    const { p50, p95 } = percentiles(times);
    console.log(`${name.padEnd(32)} ${String(rows).padStart(5)} ${p50.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}`);
  }
  const { p50, p95 } = percentiles(all);
  console.log(`${"whole mix".padEnd(32)} ${"".padStart(5)} ${p50.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}`);
} finally {
  await prisma.$disconnect();
  db.remove();
}
