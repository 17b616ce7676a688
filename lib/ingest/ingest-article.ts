import { createHash } from "node:crypto";
import { extractArticle, type ExtractedArticle, type ExtractedSpeaker } from "../extraction";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
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
  const meta = {
    ...extracted.meta,
    url: options.url ?? extracted.meta.url,
    outlet: options.outlet ?? extracted.meta.outlet,
    published: options.published ?? extracted.meta.published,
  };
  if (!extracted.body.trim()) throw new EmptyArticleError();
  const hash = contentHash(extracted.body);
  try {
    return await prisma.$transaction(async (tx) => {
      await takeWriteLock(tx);
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
        speakerIds.set(name, await findOrCreateSpeaker(tx, name, speaker));
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
      return { status: "created", sourceId: source.id, statements: extracted.statements.length, title: source.title };
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
 * One speaker is one row across articles: match the canonical name against names and aliases
 * already stored. A bare surname only matches when exactly one stored speaker answers to it.
 */
async function findOrCreateSpeaker(tx: Tx, name: string, info: ExtractedSpeaker): Promise<number> {
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
  const aliases = new Map<string, string>();
  for (const alias of [name, ...info.aliases]) {
    const normalized = normalizeSpeakerName(alias);
    if (normalized && !aliases.has(normalized)) aliases.set(normalized, alias);
  }
  const known = await tx.speakerAlias.findMany({
    where: { speakerId: speaker.id, normalized: { in: [...aliases.keys()] } },
    select: { normalized: true },
  });
  for (const { normalized } of known) aliases.delete(normalized);
  if (aliases.size) {
    await tx.speakerAlias.createMany({
      data: [...aliases].map(([normalized, alias]) => ({ speakerId: speaker.id, alias, normalized })),
    });
  }
  return speaker.id;
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.speaker.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
