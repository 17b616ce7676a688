import { createHash } from "node:crypto";
import { extractArticle, type ExtractedArticle, type ExtractedSpeaker } from "../extraction";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { groupSourceStatements } from "../grouping/group-statements";
import { normalizeSpeakerName, slugify } from "./speaker-identity";
import { normalizeUrl } from "./normalize-url";
import { writeTransaction } from "../write-lock";
import { executeRaw, queryRaw, type SqlValue } from "../sql";

type Tx = Prisma.TransactionClient;

export interface IngestOptions {
  fileName?: string;
  /** Values an editor typed in; they win over what the header says. */
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  createdById?: string | null;
}

export type IngestResult =
  | { status: "created"; sourceId: number; statements: number; title: string | null }
  | { status: "duplicate"; sourceId: number; title: string | null };

export class EmptyArticleError extends Error {
  constructor() {
    super("The article has no text to extract statements from.");
    this.name = "EmptyArticleError";
  }
}

/** SHA-256 of the body with whitespace folded: the same article pasted twice hashes the same. */
export function contentHash(body: string): string {
  return createHash("sha256").update(body.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Extract statements from one article and store it, its speakers and statements in one transaction. */
export async function ingestArticle(prisma: PrismaClient, raw: string, options: IngestOptions = {}): Promise<IngestResult> {
  const extracted = extractArticle(raw, { fileName: options.fileName });
  return storeExtractedArticle(prisma, extracted, options);
}

export async function storeExtractedArticle(
  prisma: PrismaClient,
  extracted: ExtractedArticle,
  options: IngestOptions = {},
): Promise<IngestResult> {
  if (!extracted.body.trim()) throw new EmptyArticleError();
  const hash = contentHash(extracted.body);
  try {
    return await writeTransaction(prisma, (tx) => storeInTransaction(tx, extracted, hash, options, new Map()));
  } catch (error) {
    // Another process stored the same article between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.source.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
      if (existing) return { status: "duplicate", sourceId: existing.id, title: existing.title };
    }
    throw error;
  }
}

/**
 * The batched variant for large imports and benchmarks: many articles in one transaction. Same
 * rules as storeExtractedArticle (duplicates by content hash, one speaker row across articles);
 * empty articles are skipped. Sources and statements go in as multi-row INSERTs, because one
 * round trip per row is what limits an import of millions. Pass the same `speakers` cache to
 * consecutive batches of one import run to skip speaker lookups; drop it after a failed batch.
 * `group: false` leaves grouping of reports to a later `scripts/group-statements.ts` run.
 */
export async function storeExtractedArticles(
  prisma: PrismaClient,
  articles: ExtractedArticle[],
  { speakers = new Map(), group = true }: { speakers?: SpeakerCache; group?: boolean } = {},
): Promise<{ created: number; duplicates: number; statements: number }> {
  return writeTransaction(
    prisma,
    async (tx) => {
      const totals = { created: 0, duplicates: 0, statements: 0 };
      const hashed = articles.filter((a) => a.body.trim()).map((article) => ({ article, hash: contentHash(article.body) }));
      const seen = await storedContentHashes(tx, hashed.map((a) => a.hash));
      const fresh = hashed.filter(({ hash }) => {
        if (seen.has(hash)) return false;
        seen.add(hash);
        return true;
      });
      totals.duplicates = hashed.length - fresh.length;
      if (!fresh.length) return totals;

      const speakerIds = new Map<string, number>();
      for (const { article } of fresh) {
        for (const [name, speaker] of Object.entries(article.speakers)) {
          speakerIds.set(name, await findOrCreateSpeaker(tx, name, speaker, speakers));
        }
      }
      const speakerNames = await speakerSortKeys(tx, [...new Set(speakerIds.values())]);

      const now = new Date();
      const sourceRows = fresh.map(({ article, hash }) => [
        article.meta.title,
        article.meta.url,
        normalizeUrl(article.meta.url),
        article.meta.outlet,
        article.meta.published,
        article.meta.published_text,
        article.body,
        hash,
        article.article || null,
        now,
      ]);
      const sourceIds = new Map<string, number>();
      const sourceColumns = ["title", "url", "url_normalized", "outlet", "published_on", "published_text", "body", "content_hash", "file_name", "updated_at"];
      for (const row of await insertRows<{ id: number | bigint; content_hash: string }>(tx, "sources", sourceColumns, sourceRows, "id, content_hash")) {
        sourceIds.set(row.content_hash, Number(row.id));
      }

      const statementRows: SqlValue[][] = [];
      for (const { article, hash } of fresh) {
        for (const statement of article.statements) {
          const speakerId = statement.speaker ? (speakerIds.get(statement.speaker) ?? null) : null;
          statementRows.push([
            sourceIds.get(hash)!,
            speakerId,
            statement.text,
            statement.type,
            statement.cue,
            statement.mention,
            statement.start,
            statement.end,
            statement.said_on,
            statement.said_on ?? article.meta.published,
            speakerId == null ? null : (speakerNames.get(speakerId) ?? null),
            article.meta.title == null ? null : sortKey(article.meta.title),
            now,
          ]);
        }
        totals.created++;
        totals.statements += article.statements.length;
      }
      const statementColumns = ["source_id", "speaker_id", "text", "type", "cue", "mention", "start_offset", "end_offset", "said_on", "date", "speaker_sort", "source_sort", "updated_at"];
      await insertRows(tx, "statements", statementColumns, statementRows);
      if (group) for (const { hash } of fresh) await groupSourceStatements(tx, sourceIds.get(hash)!);
      return totals;
    },
    { timeout: 120_000 },
  );
}

/** Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

/** Multi-row INSERTs in chunks; with `returning`, the inserted rows' columns come back. */
async function insertRows<Row = never>(tx: Tx, table: string, columns: string[], rows: SqlValue[][], returning?: string): Promise<Row[]> {
  const out: Row[] = [];
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`;
    if (returning) out.push(...(await queryRaw<Row[]>(tx, `${sql} RETURNING ${returning}`, ...chunk.flat())));
    else await executeRaw(tx, sql, ...chunk.flat());
  }
  return out;
}

async function storedContentHashes(tx: Tx, hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await tx.source.findMany({ where: { contentHash: { in: hashes.slice(i, i + 500) } }, select: { contentHash: true } });
    for (const row of rows) found.add(row.contentHash);
  }
  return found;
}

/** The table's sort key for a name or title; the database triggers compute the same (lower()). */
function sortKey(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

async function speakerSortKeys(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  const rows = await tx.speaker.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, sortKey(r.name)]));
}

/** Speaker ids and the alias keys already stored for them, by canonical name. */
export type SpeakerCache = Map<string, { id: number; aliases: Set<string> }>;

async function storeInTransaction(
  tx: Tx,
  extracted: ExtractedArticle,
  hash: string,
  options: IngestOptions,
  speakers: SpeakerCache,
): Promise<IngestResult> {
  const meta = {
    ...extracted.meta,
    url: options.url ?? extracted.meta.url,
    outlet: options.outlet ?? extracted.meta.outlet,
    published: options.published ?? extracted.meta.published,
  };
  const existing = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (existing) return { status: "duplicate", sourceId: existing.id, title: existing.title };

  const source = await tx.source.create({
    data: {
      title: meta.title,
      url: meta.url,
      urlNormalized: normalizeUrl(meta.url),
      outlet: meta.outlet,
      publishedOn: meta.published,
      publishedText: meta.published_text,
      body: extracted.body,
      contentHash: hash,
      fileName: options.fileName ?? (extracted.article || null),
      createdById: options.createdById ?? null,
    },
  });
  const speakerIds = new Map<string, number>();
  for (const [name, speaker] of Object.entries(extracted.speakers)) {
    speakerIds.set(name, await findOrCreateSpeaker(tx, name, speaker, speakers));
  }
  await tx.statement.createMany({
    data: extracted.statements.map((statement) => ({
      sourceId: source.id,
      speakerId: statement.speaker ? (speakerIds.get(statement.speaker) ?? null) : null,
      text: statement.text,
      type: statement.type,
      cue: statement.cue,
      mention: statement.mention,
      startOffset: statement.start,
      endOffset: statement.end,
      saidOn: statement.said_on,
      date: statement.said_on ?? meta.published,
    })),
  });
  await groupSourceStatements(tx, source.id);
  return { status: "created", sourceId: source.id, statements: extracted.statements.length, title: source.title };
}

/**
 * One speaker is one row across articles: match the canonical name against names and aliases
 * already stored. A bare surname only matches when exactly one stored speaker answers to it.
 */
async function findOrCreateSpeaker(tx: Tx, name: string, info: ExtractedSpeaker, cache: SpeakerCache): Promise<number> {
  const aliases = new Map<string, string>();
  for (const alias of [name, ...info.aliases]) {
    const normalized = normalizeSpeakerName(alias);
    if (normalized && !aliases.has(normalized)) aliases.set(normalized, alias);
  }
  const cached = cache.get(name);
  if (cached) {
    const fresh = [...aliases].filter(([normalized]) => !cached.aliases.has(normalized));
    if (fresh.length) {
      // Another name cached for the same speaker (a surname, a full name) may have added the alias already.
      await executeRaw(
        tx,
        `INSERT INTO speaker_aliases (speaker_id, alias, normalized) VALUES ${fresh.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT (speaker_id, normalized) DO NOTHING`,
        ...fresh.flatMap(([normalized, alias]) => [cached.id, alias, normalized]),
      );
      for (const [normalized] of fresh) cached.aliases.add(normalized);
    }
    return cached.id;
  }
  const key = normalizeSpeakerName(name);
  const byName = await tx.speaker.findFirst({ where: { slug: slugify(name) }, select: { id: true, role: true } });
  let speaker = byName;
  if (!speaker && key) {
    const aliasHits = await tx.speakerAlias.findMany({ where: { normalized: key }, select: { speakerId: true }, distinct: ["speakerId"], take: 2 });
    if (aliasHits.length === 1) speaker = await tx.speaker.findUnique({ where: { id: aliasHits[0].speakerId }, select: { id: true, role: true } });
  }
  if (!speaker) {
    speaker = await tx.speaker.create({
      data: { name, slug: await uniqueSlug(tx, slugify(name)), kind: info.kind, role: info.role },
      select: { id: true, role: true },
    });
  } else if (!speaker.role && info.role) {
    await tx.speaker.update({ where: { id: speaker.id }, data: { role: info.role } });
  }
  const known = await tx.speakerAlias.findMany({
    where: { speakerId: speaker.id, normalized: { in: [...aliases.keys()] } },
    select: { normalized: true },
  });
  const stored = new Set(aliases.keys());
  for (const { normalized } of known) aliases.delete(normalized);
  if (aliases.size) {
    await tx.speakerAlias.createMany({
      data: [...aliases].map(([normalized, alias]) => ({ speakerId: speaker.id, alias, normalized })),
    });
  }
  cache.set(name, { id: speaker.id, aliases: stored });
  return speaker.id;
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.speaker.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
