import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryRaw, readTogether } from "@/lib/sql";
import { withoutControlCharacters } from "@/app/statements/lib/search-params";

export const SOURCES_PER_PAGE = 50;

type Count = number | bigint;

export interface SourceListRow {
  id: number;
  title: string | null;
  outlet: string | null;
  publishedOn: string | null;
  url: string | null;
  statements: number;
  speakers: number;
}

/** Articles whose title or outlet contains the typed text, newest first, one page at a time. */
export async function getSources(input: { q: string; page: number }, db: PrismaClient = prisma): Promise<{ rows: SourceListRow[]; total: number }> {
  const typed = withoutControlCharacters(input.q).trim().toLowerCase().slice(0, 100).replace(/[\\%_]/g, (c) => `\\${c}`);
  const whereSql = typed ? `WHERE lower(so.title) LIKE ? ESCAPE '\\' OR lower(so.outlet) LIKE ? ESCAPE '\\'` : "";
  const params = typed ? [`%${typed}%`, `%${typed}%`] : [];
  try {
    const [rows, count] = await readTogether(db, [
      queryRaw<(Omit<SourceListRow, "id" | "statements" | "speakers"> & { id: Count; statements: Count; speakers: Count })[]>(
        db,
        `SELECT so.id AS id, so.title AS title, so.outlet AS outlet, so.published_on AS "publishedOn", so.url AS url,
           (SELECT COUNT(*) FROM statements s WHERE s.source_id = so.id AND s.deleted_at IS NULL) AS statements,
           (SELECT COUNT(DISTINCT s.speaker_id) FROM statements s WHERE s.source_id = so.id AND s.deleted_at IS NULL) AS speakers
         FROM sources so ${whereSql}
         ORDER BY so.published_on DESC NULLS LAST, so.id DESC LIMIT ? OFFSET ?`,
        ...params,
        SOURCES_PER_PAGE,
        (input.page - 1) * SOURCES_PER_PAGE,
      ),
      queryRaw<{ total: Count }[]>(db, `SELECT COUNT(*) AS total FROM sources so ${whereSql}`, ...params),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, id: Number(r.id), statements: Number(r.statements), speakers: Number(r.speakers) })),
      total: Number(count[0]?.total ?? 0),
    };
  } catch (error) {
    console.error("getSources failed", error);
    throw error;
  }
}

export interface SourceArticle {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedOn: string | null;
  publishedText: string | null;
  body: string;
  statements: {
    id: number;
    text: string;
    type: "direct" | "partial" | "indirect";
    start: number;
    end: number;
    mention: string | null;
    speaker: { name: string; slug: string } | null;
  }[];
}

/** One article with its statements in reading order; null when there is no such article. Cached per request. */
export const getSourceArticle = cache(async function getSourceArticle(id: number): Promise<SourceArticle | null> {
  try {
    const source = await prisma.source.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        publishedOn: true,
        publishedText: true,
        body: true,
        statements: {
          where: { deletedAt: null },
          orderBy: [{ startOffset: "asc" }, { id: "asc" }],
          select: {
            id: true,
            text: true,
            type: true,
            startOffset: true,
            endOffset: true,
            mention: true,
            speaker: { select: { name: true, slug: true } },
          },
        },
      },
    });
    if (!source) return null;
    return {
      ...source,
      statements: source.statements.map(({ startOffset, endOffset, ...statement }) => ({ ...statement, start: startOffset, end: endOffset })),
    };
  } catch (error) {
    console.error("getSourceArticle failed", error);
    throw error;
  }
});
