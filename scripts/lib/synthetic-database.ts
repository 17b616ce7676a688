import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { storeExtractedArticles, type SpeakerCache } from "../../lib/ingest/ingest-article";
import { toPostgresPlaceholders } from "../../lib/sql";
import type { BenchDatabase } from "./bench-database";
import { createRandom, generateSyntheticArticles, SYNTHETIC_TAGS } from "./synthetic-corpus";

// Fills a fresh database (SQLite or PostgreSQL) with the synthetic corpus for the benchmarks, and
// names the table views they measure.

/**
 * Stores `statements` synthetic statements through the batched ingest store, tags about a tenth
 * of them (long-tailed over the tags), then refreshes the planner's statistics as a deployment
 * should after a bulk import (PostgreSQL: VACUUM ANALYZE, which also sets the visibility map that
 * index-only scans need). Grouping is left out: synthetic text has no repeated reports, and
 * `npm run bench:grouping` measures it on its own.
 */
export async function fillSyntheticDatabase(
  prisma: PrismaClient,
  db: Pick<BenchDatabase, "dialect" | "url" | "file">,
  statements: number,
  onProgress: (stored: number, seconds: number) => void = () => {},
): Promise<{ stored: number; seconds: number }> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let stored = 0;
  let batch = [];
  const speakers: SpeakerCache = new Map();
  for (const article of generateSyntheticArticles({ statements })) {
    batch.push(article);
    if (batch.length === 200) {
      stored += (await storeExtractedArticles(prisma, batch, { speakers, group: false })).statements;
      batch = [];
      if (stored % 100_000 < 5_000) onProgress(stored, elapsed());
    }
  }
  if (batch.length) stored += (await storeExtractedArticles(prisma, batch, { speakers, group: false })).statements;
  const seconds = elapsed();

  if (db.dialect === "postgres") await tagAndAnalyzePostgres(db.url);
  else tagAndAnalyzeSqlite(db.file!);
  return { stored, seconds };
}

/** Which tag each of about a tenth of the statements gets, the same on both databases. */
function* syntheticTagLinks(maxId: number, tagIds: number[]): Generator<[number, number]> {
  const random = createRandom(7);
  for (let i = 0; i < maxId / 10; i++) {
    yield [1 + Math.floor(random() * maxId), tagIds[Math.floor(Math.pow(random(), 2) * tagIds.length)]];
  }
}

function tagAndAnalyzeSqlite(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.pragma("busy_timeout = 5000");
    const insertTag = sqlite.prepare("INSERT INTO tags (name, slug, color) VALUES (?, ?, '#64748b')");
    const tagIds = SYNTHETIC_TAGS.map((name) => Number(insertTag.run(name, name).lastInsertRowid));
    const maxId = (sqlite.prepare("SELECT MAX(id) AS id FROM statements").get() as { id: number }).id;
    const link = sqlite.prepare("INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) VALUES (?, ?)");
    sqlite.transaction(() => {
      for (const [statementId, tagId] of syntheticTagLinks(maxId, tagIds)) link.run(statementId, tagId);
    })();
    sqlite.exec("ANALYZE");
    sqlite.pragma("optimize");
  } finally {
    sqlite.close();
  }
}

async function tagAndAnalyzePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const tagIds: number[] = [];
    for (const name of SYNTHETIC_TAGS) {
      const { rows } = await client.query("INSERT INTO tags (name, slug, color) VALUES ($1, $2, '#64748b') RETURNING id", [name, name]);
      tagIds.push(rows[0].id);
    }
    const maxId = Number((await client.query("SELECT MAX(id) AS id FROM statements")).rows[0].id);
    const links = [...syntheticTagLinks(maxId, tagIds)];
    for (let i = 0; i < links.length; i += 10_000) {
      const chunk = links.slice(i, i + 10_000);
      await client.query(
        toPostgresPlaceholders(`INSERT INTO statement_tags (statement_id, tag_id) VALUES ${chunk.map(() => "(?, ?)").join(", ")} ON CONFLICT DO NOTHING`),
        chunk.flat(),
      );
    }
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

const TOP_SPEAKER_SQL =
  "SELECT sp.slug FROM speakers sp JOIN statements s ON s.speaker_id = sp.id GROUP BY sp.id ORDER BY COUNT(*) DESC LIMIT 1";
const MID_SPEAKER_SQL = "SELECT slug FROM speakers ORDER BY id LIMIT 1 OFFSET 300";

/** The table views the benchmarks run, as URL queries, named for the report. */
export async function tableQueryMix(db: Pick<BenchDatabase, "dialect" | "url" | "file">): Promise<Record<string, string>> {
  let topSpeaker: string;
  let midSpeaker: string | undefined;
  if (db.dialect === "postgres") {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      topSpeaker = (await client.query(TOP_SPEAKER_SQL)).rows[0].slug;
      midSpeaker = (await client.query(MID_SPEAKER_SQL)).rows[0]?.slug;
    } finally {
      await client.end();
    }
  } else {
    const sqlite = new Database(db.file!, { readonly: true });
    try {
      topSpeaker = (sqlite.prepare(TOP_SPEAKER_SQL).get() as { slug: string }).slug;
      midSpeaker = (sqlite.prepare(MID_SPEAKER_SQL).get() as { slug: string } | undefined)?.slug;
    } finally {
      sqlite.close();
    }
  }
  return {
    "default page": "",
    "total count (page 2)": "page=2",
    "speaker filter (top speaker)": `speaker=${topSpeaker}`,
    "speaker filter (long tail)": `speaker=${midSpeaker ?? topSpeaker}`,
    "full-text search": "q=risk+conflict",
    "full-text, by relevance": "q=Russia&sort=relevance",
    "date range, sorted asc": "from=2019-03-01&to=2019-06-30&sort=date.asc",
    "tag filter": `tag=${SYNTHETIC_TAGS[3]}`,
    "type + status": "type=partial&status=unreviewed",
    "deep page (page 2000)": "page=2000",
    "sorted by speaker": "sort=speaker.asc",
  };
}
