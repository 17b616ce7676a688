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
import type { SpeakerCache } from "../lib/ingest/ingest-article";
import { generateSyntheticArticles, SYNTHETIC_TAGS, createRandom } from "./lib/synthetic-corpus";

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
const { storeExtractedArticles } = await import("../lib/ingest/ingest-article");
const { getStatements } = await import("../app/statements/lib/queries");
const { loadStatementsSearchParams } = await import("../app/statements/lib/search-params");
const { buildStatementsQuery } = await import("../app/statements/lib/statements-query");

function memory(): string {
  return `${Math.round(process.memoryUsage().rss / 1048576)} MB rss`;
}

try {
  // Build the corpus through the same store code as `npm run ingest` (its batched variant).
  // Grouping is left out: synthetic text has no repeated reports, and `npm run bench:grouping`
  // measures it on its own.
  const started = performance.now();
  let stored = 0;
  let batch = [];
  const speakers: SpeakerCache = new Map();
  for (const article of generateSyntheticArticles({ statements: target })) {
    batch.push(article);
    if (batch.length === 200) {
      stored += (await storeExtractedArticles(prisma, batch, { speakers, group: false })).statements;
      batch = [];
      if (stored % 100_000 < 5_000) console.log(`  ${stored} statements stored (${((performance.now() - started) / 1000).toFixed(0)} s, ${memory()})`);
    }
  }
  if (batch.length) stored += (await storeExtractedArticles(prisma, batch, { speakers, group: false })).statements;
  const ingestSeconds = (performance.now() - started) / 1000;

  // Tag about a tenth of the statements, long-tailed over the tags.
  const sqlite = new Database(db.file);
  sqlite.pragma("busy_timeout = 5000");
  const random = createRandom(7);
  const insertTag = sqlite.prepare("INSERT INTO tags (name, slug, color) VALUES (?, ?, '#64748b')");
  const tagIds = SYNTHETIC_TAGS.map((name) => Number(insertTag.run(name, name).lastInsertRowid));
  const maxId = (sqlite.prepare("SELECT MAX(id) AS id FROM statements").get() as { id: number }).id;
  const link = sqlite.prepare("INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) VALUES (?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < maxId / 10; i++) {
      link.run(1 + Math.floor(random() * maxId), tagIds[Math.floor(Math.pow(random(), 2) * tagIds.length)]);
    }
  })();
  // What a deployment runs after a bulk import (and SQLite's docs recommend at close): fresh planner statistics.
  sqlite.exec("ANALYZE");
  sqlite.pragma("optimize");
  const counts = sqlite
    .prepare("SELECT (SELECT COUNT(*) FROM statements) s, (SELECT COUNT(*) FROM sources) so, (SELECT COUNT(*) FROM speakers) sp")
    .get() as { s: number; so: number; sp: number };
  console.log(
    `bench:db: ${counts.s} statements, ${counts.so} sources, ${counts.sp} speakers; built in ${ingestSeconds.toFixed(1)} s ` +
      `(${Math.round(stored / ingestSeconds)} statements/s), ${memory()}`,
  );

  const topSpeaker = (sqlite.prepare("SELECT sp.slug FROM speakers sp JOIN statements s ON s.speaker_id = sp.id GROUP BY sp.id ORDER BY COUNT(*) DESC LIMIT 1").get() as { slug: string }).slug;
  const midSpeaker = (sqlite.prepare("SELECT slug FROM speakers ORDER BY id LIMIT 1 OFFSET 300").get() as { slug: string } | undefined)?.slug ?? topSpeaker;
  const mix: Record<string, string> = {
    "default page": "",
    "total count (page 2)": "page=2",
    "speaker filter (top speaker)": `speaker=${topSpeaker}`,
    "speaker filter (long tail)": `speaker=${midSpeaker}`,
    "full-text search": "q=risk+conflict",
    "full-text, by relevance": "q=Russia&sort=relevance",
    "date range, sorted asc": "from=2019-03-01&to=2019-06-30&sort=date.asc",
    "tag filter": `tag=${SYNTHETIC_TAGS[3]}`,
    "type + status": "type=partial&status=unreviewed",
    "deep page (page 2000)": "page=2000",
    "sorted by speaker": "sort=speaker.asc",
  };

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
