// npm run bench:grouping: what grouping the same statement across articles costs per article as
// the table grows. Stores a synthetic corpus article by article (source and statements in one
// transaction, as ingest does) and times groupSourceStatements in that transaction. Speakers are
// left out, so every candidate is speaker-compatible: the worst case for the candidate search.
import { performance } from "node:perf_hooks";
import { createFreshDatabase, percentiles } from "./lib/fresh-database";
import { generateSyntheticArticles } from "./lib/synthetic-corpus";

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 50_000);
const CHECKPOINTS = [1_000, 10_000, 25_000, 50_000, 100_000, 250_000].filter((n) => n <= STATEMENTS);
const db = createFreshDatabase("bench-grouping");

const { createPrismaClient } = await import("../lib/prisma-client");
const { groupSourceStatements } = await import("../lib/grouping/group-statements");

const prisma = createPrismaClient(db.url);
try {
  console.log(`bench:grouping: ${STATEMENTS} synthetic statements, 10-30 per article; times of the last 100 articles at each size`);
  console.log(`${"statements".padStart(10)} ${"grouping p50 ms".padStart(16)} ${"grouping p95 ms".padStart(16)} ${"per statement ms".padStart(17)}`);
  let stored = 0;
  let times: number[] = [];
  let perStatement: number[] = [];
  let n = 0;
  for (const article of generateSyntheticArticles({ statements: STATEMENTS })) {
    n++;
    await prisma.$transaction(async (tx) => {
      const source = await tx.source.create({
        data: { title: article.meta.title, outlet: article.meta.outlet, publishedOn: article.meta.published, body: article.body, contentHash: `bench-${n}` },
      });
      await tx.statement.createMany({
        data: article.statements.map((s) => ({
          sourceId: source.id,
          text: s.text,
          type: s.type,
          startOffset: s.start,
          endOffset: s.end,
          date: s.said_on ?? article.meta.published,
        })),
      });
      const start = performance.now();
      await groupSourceStatements(tx, source.id);
      const ms = performance.now() - start;
      times.push(ms);
      perStatement.push(ms / article.statements.length);
    }, { timeout: 60_000 });
    stored += article.statements.length;
    const checkpoint = CHECKPOINTS.find((size) => stored >= size && stored - article.statements.length < size);
    if (checkpoint) {
      const t = percentiles(times.slice(-100));
      const s = percentiles(perStatement.slice(-100));
      console.log(`${String(stored).padStart(10)} ${t.p50.toFixed(1).padStart(16)} ${t.p95.toFixed(1).padStart(16)} ${s.p50.toFixed(2).padStart(17)}`);
      times = [];
      perStatement = [];
    }
  }
  const groups = await prisma.statementGroup.count({ where: { size: { gt: 1 } } });
  console.log(`${groups} groups hold more than one report (synthetic statements are random words: few are expected)`);
} finally {
  await prisma.$disconnect();
  db.remove();
}
