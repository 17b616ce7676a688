import { createHash } from "node:crypto";
import { extractArticle, type ExtractedArticle, type ExtractedSpeaker } from "../extraction";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { groupSourceStatements } from "../grouping/group-statements";
import { normalizeSpeakerName, slugify } from "./speaker-identity";
import { normalizeUrl } from "./normalize-url";
import { takeWriteLock } from "../write-lock";

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
    return await prisma.$transaction(async (tx) => {
      await takeWriteLock(tx);
      return storeInTransaction(tx, extracted, hash, options, new Map());
    });
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
 * The batched variant for large imports and benchmarks: many articles in one transaction, speakers
 * remembered across the batch. Same rules as storeExtractedArticle; empty articles are skipped.
 */
export async function storeExtractedArticles(
  prisma: PrismaClient,
  articles: ExtractedArticle[],
): Promise<{ created: number; duplicates: number; statements: number }> {
  return prisma.$transaction(
    async (tx) => {
      await takeWriteLock(tx);
      const speakers: SpeakerCache = new Map();
      const totals = { created: 0, duplicates: 0, statements: 0 };
      for (const article of articles) {
        if (!article.body.trim()) continue;
        const result = await storeInTransaction(tx, article, contentHash(article.body), {}, speakers);
        if (result.status === "created") {
          totals.created++;
          totals.statements += result.statements;
        } else totals.duplicates++;
      }
      return totals;
    },
    { timeout: 120_000 },
  );
}

/** Speaker ids and the alias keys already stored for them, by canonical name. */
type SpeakerCache = Map<string, { id: number; aliases: Set<string> }>;

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
      await tx.speakerAlias.createMany({ data: fresh.map(([normalized, alias]) => ({ speakerId: cached.id, alias, normalized })) });
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
