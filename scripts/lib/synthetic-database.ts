import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { storeExtractedArticles, type SpeakerCache } from "../../lib/ingest/ingest-article";
import { createRandom, generateSyntheticArticles, SYNTHETIC_TAGS } from "./synthetic-corpus";

// Fills a fresh SQLite database with the synthetic corpus for the benchmarks, and names the
// table views they measure.

/**
 * Stores `statements` synthetic statements through the batched ingest store, tags about a tenth
 * of them (long-tailed over the tags), then refreshes the planner's statistics as a deployment
 * should after a bulk import. Grouping is left out: synthetic text has no repeated reports, and
 * `npm run bench:grouping` measures it on its own.
 */
export async function fillSyntheticDatabase(
  prisma: PrismaClient,
  file: string,
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

  const sqlite = new Database(file);
  try {
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
    sqlite.exec("ANALYZE");
    sqlite.pragma("optimize");
  } finally {
    sqlite.close();
  }
  return { stored, seconds };
}

/** The table views the benchmarks run, as URL queries, named for the report. */
export function tableQueryMix(file: string): Record<string, string> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const topSpeaker = (
      sqlite.prepare("SELECT sp.slug FROM speakers sp JOIN statements s ON s.speaker_id = sp.id GROUP BY sp.id ORDER BY COUNT(*) DESC LIMIT 1").get() as {
        slug: string;
      }
    ).slug;
    const midSpeaker = (sqlite.prepare("SELECT slug FROM speakers ORDER BY id LIMIT 1 OFFSET 300").get() as { slug: string } | undefined)?.slug ?? topSpeaker;
    return {
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
  } finally {
    sqlite.close();
  }
}
