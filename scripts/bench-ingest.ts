// npm run bench:ingest -- [--articles 1000] [--batch 200] [--database sqlite|postgres] [--database-url postgresql://...]
// Articles per second through the full ingest (extraction, store, grouping) into a fresh database:
// one article per transaction as `npm run ingest` and the add-article form do, then the batched
// store a bulk import uses (extraction, then storeExtractedArticles).
import os from "node:os";
import { parseArgs } from "node:util";
import { benchDatabaseOptions, openBenchServer } from "./lib/bench-database";
import { buildRawArticles } from "./lib/raw-articles";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    batch: { type: "string", default: "200" },
    ...benchDatabaseOptions,
  },
});
const count = Number(values.articles);
const batchSize = Number(values.batch);

const server = await openBenchServer(values);
if (server.dialect === "postgres") console.log(`bench:ingest: ${server.description}`);
const single = await server.createDatabase("bench-ingest-single");
const batched = await server.createDatabase("bench-ingest-batched");
const { createPrismaClient } = await import("../lib/prisma-client");
const { ingestArticle, storeExtractedArticles } = await import("../lib/ingest/ingest-article");
const { extractArticle } = await import("../lib/extraction");

const articles = buildRawArticles(count);
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
console.log(`bench:ingest: ${count} articles, ${(bytes / count / 1024).toFixed(1)} KB each; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);

async function measure(label: string, url: string, run: (prisma: ReturnType<typeof createPrismaClient>) => Promise<number>) {
  const prisma = createPrismaClient(url);
  try {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const statements = await run(prisma);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `${label.padEnd(34)} ${(count / seconds).toFixed(0).padStart(6)} articles/s  ${(statements / seconds).toFixed(0).padStart(7)} statements/s  ` +
        `(${seconds.toFixed(1)} s wall, ${(count / cpuSeconds).toFixed(0)} articles per CPU-second)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

try {
  await measure("one article per transaction", single.url, async (prisma) => {
    let statements = 0;
    for (const raw of articles) {
      const result = await ingestArticle(prisma, raw);
      if (result.status === "created") statements += result.statements;
    }
    return statements;
  });
  await measure(`batched store (${batchSize} per transaction)`, batched.url, async (prisma) => {
    let statements = 0;
    const speakers = new Map();
    for (let i = 0; i < articles.length; i += batchSize) {
      const extracted = articles.slice(i, i + batchSize).map((raw) => extractArticle(raw));
      statements += (await storeExtractedArticles(prisma, extracted, { speakers })).statements;
    }
    return statements;
  });
} finally {
  await single.remove();
  await batched.remove();
  await server.stop();
}
