import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryRaw, readTogether } from "@/lib/sql";
import { withoutControlCharacters } from "@/app/statements/lib/search-params";
import type { SpeakerKind } from "./speaker-kinds";
export const SPEAKERS_PER_PAGE = 100;

export interface SpeakerListRow {
  id: number;
  name: string;
  slug: string;
  kind: SpeakerKind;
  role: string | null;
  statements: number;
  firstOn: string | null;
  lastOn: string | null;
}

type Count = number | bigint;

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Speakers matching the typed name or alias (and kind), most quoted first, one page at a time. */
export async function getSpeakers(
  input: { q: string; kind: SpeakerKind | null; page: number },
  db: PrismaClient = prisma,
): Promise<{ rows: SpeakerListRow[]; total: number }> {
  const typed = likePattern(withoutControlCharacters(input.q).trim().toLowerCase().slice(0, 100));
  const where = [
    typed
      ? `(lower(sp.name) LIKE ? ESCAPE '\\' OR sp.id IN (SELECT speaker_id FROM speaker_aliases WHERE normalized LIKE ? ESCAPE '\\'))`
      : null,
    input.kind ? "sp.kind = ?" : null,
  ].filter(Boolean);
  const params: (string | number)[] = [...(typed ? [`%${typed}%`, `%${typed}%`] : []), ...(input.kind ? [input.kind] : [])];
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  try {
    const [rows, count] = await readTogether(db, [
      queryRaw<(Omit<SpeakerListRow, "id" | "statements"> & { id: Count; statements: Count })[]>(
        db,
        `SELECT sp.id AS id, sp.name AS name, sp.slug AS slug, sp.kind AS kind, sp.role AS role,
           COUNT(s.id) AS statements, MIN(s.date) AS "firstOn", MAX(s.date) AS "lastOn"
         FROM speakers sp LEFT JOIN statements s ON s.speaker_id = sp.id AND s.deleted_at IS NULL
         ${whereSql}
         GROUP BY sp.id ORDER BY statements DESC, lower(sp.name), sp.id LIMIT ? OFFSET ?`,
        ...params,
        SPEAKERS_PER_PAGE,
        (input.page - 1) * SPEAKERS_PER_PAGE,
      ),
      queryRaw<{ total: Count }[]>(db, `SELECT COUNT(*) AS total FROM speakers sp ${whereSql}`, ...params),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, id: Number(r.id), statements: Number(r.statements) })),
      total: Number(count[0]?.total ?? 0),
    };
  } catch (error) {
    console.error("getSpeakers failed", error);
    throw error;
  }
}

export interface SpeakerProfile {
  id: number;
  name: string;
  slug: string;
  kind: SpeakerKind;
  role: string | null;
  aliases: string[];
  statements: number;
  sources: number;
  firstOn: string | null;
  lastOn: string | null;
  /** Statements per month (`YYYY-MM`), months without statements left out. */
  months: { month: string; count: number }[];
  tags: { slug: string; name: string; color: string; count: number }[];
}

/**
 * One speaker's page: who they are and what they said, when, and on which subjects; null when the
 * slug is unknown. Cached per request: the page and its metadata both ask.
 */
export const getSpeakerProfile = cache(async function getSpeakerProfile(slug: string): Promise<SpeakerProfile | null> {
  try {
    const speaker = await prisma.speaker.findUnique({
      where: { slug },
      select: { id: true, name: true, slug: true, kind: true, role: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
    });
    if (!speaker) return null;
    const [totals, months, tags] = await readTogether(prisma, [
      queryRaw<{ statements: Count; sources: Count; firstOn: string | null; lastOn: string | null }[]>(
        prisma,
        `SELECT COUNT(*) AS statements, COUNT(DISTINCT source_id) AS sources, MIN(date) AS "firstOn", MAX(date) AS "lastOn"
         FROM statements WHERE speaker_id = ? AND deleted_at IS NULL`,
        speaker.id,
      ),
      queryRaw<{ month: string; count: Count }[]>(
        prisma,
        `SELECT substr(date, 1, 7) AS month, COUNT(*) AS count FROM statements
         WHERE speaker_id = ? AND deleted_at IS NULL AND date IS NOT NULL GROUP BY month ORDER BY month`,
        speaker.id,
      ),
      queryRaw<{ slug: string; name: string; color: string; count: Count }[]>(
        prisma,
        `SELECT t.slug AS slug, t.name AS name, t.color AS color, COUNT(*) AS count
         FROM statements s JOIN statement_tags st ON st.statement_id = s.id JOIN tags t ON t.id = st.tag_id
         WHERE s.speaker_id = ? AND s.deleted_at IS NULL GROUP BY t.id ORDER BY count DESC, t.name LIMIT 30`,
        speaker.id,
      ),
    ]);
    const total = totals[0];
    return {
      id: speaker.id,
      name: speaker.name,
      slug: speaker.slug,
      kind: speaker.kind,
      role: speaker.role,
      aliases: [...new Set(speaker.aliases.map((a) => a.alias))].filter((alias) => alias !== speaker.name),
      statements: Number(total?.statements ?? 0),
      sources: Number(total?.sources ?? 0),
      firstOn: total?.firstOn ?? null,
      lastOn: total?.lastOn ?? null,
      months: months.map((m) => ({ month: m.month, count: Number(m.count) })),
      tags: tags.map((t) => ({ ...t, count: Number(t.count) })),
    };
  } catch (error) {
    console.error("getSpeakerProfile failed", error);
    throw error;
  }
});

/** Display names of speakers by slug, in the order given; unknown slugs are left out. */
export async function getSpeakerNames(slugs: string[]): Promise<string[]> {
  if (!slugs.length) return [];
  const speakers = await prisma.speaker.findMany({ where: { slug: { in: slugs.slice(0, 20) } }, select: { slug: true, name: true } });
  const bySlug = new Map(speakers.map((s) => [s.slug, s.name]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
