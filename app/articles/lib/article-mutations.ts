import type { ActionResult, ActionSpec } from "@/lib/action-guard";
import { recordAudit } from "@/lib/audit";
import { extractArticle, type ExtractedArticle } from "@/lib/extraction";
import { contentHash, storeExtractedArticle } from "@/lib/ingest/ingest-article";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { previewArticleSchema, saveArticleSchema, type StatementFix } from "./validations";

export interface ArticlePreview {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  speakers: { name: string; role: string | null }[];
  statements: { index: number; speaker: string | null; mention: string | null; type: StatementFix["type"]; text: string; context: string }[];
}

/** A stored article, with its first statement to link to. */
export type SourceLink = { sourceId: number; title: string | null; statementId: number | null };

type ArticleResult = ActionResult & { preview?: ArticlePreview; source?: SourceLink; duplicate?: boolean };

async function findDuplicate(db: PrismaClient, extracted: ExtractedArticle): Promise<SourceLink | null> {
  const source = await db.source.findUnique({
    where: { contentHash: contentHash(extracted.body) },
    select: { id: true, title: true, statements: { where: { deletedAt: null }, select: { id: true }, orderBy: { startOffset: "asc" }, take: 1 } },
  });
  return source ? { sourceId: source.id, title: source.title, statementId: source.statements[0]?.id ?? null } : null;
}

const duplicateMessage = (d: SourceLink) => `This article is already on record${d.title ? ` as “${d.title}”` : ""}; nothing was saved.`;

/** Extraction with the editor's header fields taking precedence over what the text says. */
function extract(data: { text: string; url?: string; outlet?: string; publishedOn?: string }): ExtractedArticle {
  const extracted = extractArticle(data.text);
  return {
    ...extracted,
    meta: {
      ...extracted.meta,
      url: data.url ?? extracted.meta.url,
      outlet: data.outlet ?? extracted.meta.outlet,
      published: data.publishedOn ?? extracted.meta.published,
    },
  };
}

export const previewArticle: ActionSpec<typeof previewArticleSchema, ArticleResult> = {
  schema: previewArticleSchema,
  role: "editor",
  run: async (db, _user, data) => {
    const extracted = extract(data);
    const duplicateOf = await findDuplicate(db, extracted);
    if (duplicateOf) return { ok: false, message: duplicateMessage(duplicateOf), source: duplicateOf, duplicate: true };
    const preview: ArticlePreview = {
      title: extracted.meta.title,
      published: extracted.meta.published,
      outlet: extracted.meta.outlet,
      url: extracted.meta.url,
      speakers: Object.entries(extracted.speakers).map(([name, s]) => ({ name, role: s.role })),
      statements: extracted.statements.map((s, index) => ({
        index,
        speaker: s.speaker,
        mention: s.mention,
        type: s.type,
        text: s.text,
        context: extracted.body.slice(Math.max(0, s.start - 80), Math.min(extracted.body.length, s.end + 80)),
      })),
    };
    const n = preview.statements.length;
    return { ok: true, message: `Found ${n} statement${n === 1 ? "" : "s"}. Check them, fix what is wrong, then save.`, preview };
  },
};

/** The extraction with the editor's fixes: dropped statements removed, speakers, types and text replaced. */
export function applyFixes(extracted: ExtractedArticle, fixes: StatementFix[]): ExtractedArticle {
  const byIndex = new Map(fixes.map((fix) => [fix.index, fix]));
  const speakers = { ...extracted.speakers };
  const statements = extracted.statements.flatMap((statement, index) => {
    const fix = byIndex.get(index);
    if (!fix) return [statement];
    if (!fix.include) return [];
    if (fix.speaker && !speakers[fix.speaker]) speakers[fix.speaker] = { aliases: [], role: null, kind: "person" };
    return [{ ...statement, speaker: fix.speaker, type: fix.type, text: fix.text }];
  });
  const used = new Set(statements.map((s) => s.speaker));
  return { ...extracted, speakers: Object.fromEntries(Object.entries(speakers).filter(([name]) => used.has(name))), statements };
}

export const saveArticle: ActionSpec<typeof saveArticleSchema, ArticleResult> = {
  schema: saveArticleSchema,
  role: "editor",
  run: async (db, user, data) => {
    // Extract again from the text itself: offsets and the body are never taken from the browser.
    const extracted = applyFixes(extract(data), data.statements);
    const result = await storeExtractedArticle(db, extracted, {
      url: data.url ?? null,
      outlet: data.outlet ?? null,
      published: data.publishedOn ?? null,
      createdById: user.id,
    });
    if (result.status === "duplicate") {
      const duplicateOf = await findDuplicate(db, extracted);
      const source = duplicateOf ?? { sourceId: result.sourceId, title: result.title, statementId: null };
      return { ok: false, message: duplicateMessage(source), source, duplicate: true };
    }
    // storeExtractedArticle owns its transaction; the source row's created_by_id records the author
    // even if this history row were lost.
    await db.$transaction(async (tx) =>
      recordAudit(tx, {
        userId: user.id,
        action: "source.create",
        entityType: "source",
        entityId: result.sourceId,
        after: { title: result.title, statements: result.statements },
      }),
    );
    const first = await db.statement.findFirst({ where: { sourceId: result.sourceId }, orderBy: { startOffset: "asc" }, select: { id: true } });
    return {
      ok: true,
      message: `Saved “${result.title ?? "Untitled article"}” with ${result.statements} statement${result.statements === 1 ? "" : "s"}.`,
      source: { sourceId: result.sourceId, title: result.title, statementId: first?.id ?? null },
      revalidate: ["/"],
    };
  },
};

export const articleActions = { previewArticle, saveArticle };
