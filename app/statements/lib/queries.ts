import "server-only";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryRaw, readTogether, sqlDialect } from "@/lib/sql";
import { buildStatementsKeysetQuery, buildStatementsQuery, RANK_CAP, type StatementsKeyset } from "./statements-query";
import { withoutControlCharacters, type GetStatementsInput } from "./search-params";

export interface StatementTagChip {
  slug: string;
  name: string;
  color: string;
}

export interface StatementRow {
  id: number;
  text: string;
  type: "direct" | "partial" | "indirect";
  status: "unreviewed" | "verified" | "disputed" | "rejected";
  date: string | null;
  saidOn: string | null;
  mention: string | null;
  version: number;
  speaker: { id: number; name: string; slug: string; role: string | null } | null;
  source: { id: number; title: string | null; outlet: string | null; url: string | null; publishedOn: string | null };
  tags: StatementTagChip[];
  /** The statement's group: how many sources reported it and when first. */
  group: { id: number; sources: number; firstOn: string | null } | null;
}

type RawStatementRow = {
  id: number | bigint;
  text: string;
  type: StatementRow["type"];
  status: StatementRow["status"];
  date: string | null;
  saidOn: string | null;
  mention: string | null;
  version: number | bigint;
  speakerId: number | bigint | null;
  speakerName: string | null;
  speakerSlug: string | null;
  speakerRole: string | null;
  sourceId: number | bigint;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourceUrl: string | null;
  publishedOn: string | null;
  tagsJson: string | null;
  groupId: number | bigint | null;
  groupSources: number | bigint | null;
  groupFirstOn: string | null;
};

function toStatementRow(raw: RawStatementRow): StatementRow {
  return {
    id: Number(raw.id),
    text: raw.text,
    type: raw.type,
    status: raw.status,
    date: raw.date,
    saidOn: raw.saidOn,
    mention: raw.mention,
    version: Number(raw.version),
    speaker:
      raw.speakerId == null
        ? null
        : { id: Number(raw.speakerId), name: raw.speakerName ?? "", slug: raw.speakerSlug ?? "", role: raw.speakerRole },
    source: {
      id: Number(raw.sourceId),
      title: raw.sourceTitle,
      outlet: raw.sourceOutlet,
      url: raw.sourceUrl,
      publishedOn: raw.publishedOn,
    },
    tags: raw.tagsJson ? (JSON.parse(raw.tagsJson) as StatementTagChip[]) : [],
    group:
      raw.groupId == null
        ? null
        : { id: Number(raw.groupId), sources: Number(raw.groupSources ?? 1), firstOn: raw.groupFirstOn },
  };
}

export interface StatementsPage {
  rows: StatementRow[];
  total: number;
  /** False when counting stopped at its cap: more than `total` rows match. */
  totalExact: boolean;
  pageCount: number;
  /** The ranked search scored only the newest RANK_CAP of its matches. */
  rankedNewestOnly: boolean;
}

/** One page of the statements table and how many rows match, read in one transaction. */
export async function getStatements(input: GetStatementsInput, db: PrismaClient = prisma): Promise<StatementsPage> {
  const { rows, count, countLimit, rankCapped } = buildStatementsQuery(input, sqlDialect(db));
  try {
    const [rawRows, countRows] = await readTogether(db, [
      queryRaw<RawStatementRow[]>(db, rows.sql, ...rows.params),
      queryRaw<{ total: number | bigint }[]>(db, count.sql, ...count.params),
    ]);
    const counted = Number(countRows[0]?.total ?? 0);
    const totalExact = counted < countLimit;
    const total = totalExact ? counted : countLimit - 1;
    return {
      rows: rawRows.map(toStatementRow),
      total,
      totalExact,
      pageCount: Math.max(1, Math.ceil(total / input.perPage)),
      rankedNewestOnly: rankCapped && counted > RANK_CAP,
    };
  } catch (error) {
    console.error("getStatements failed", error);
    throw error;
  }
}

/**
 * The rows of a view after `after`, in the view's order, at most `limit`: one step of a keyset walk
 * (exports, the API). `next` is where the following step starts, null after the last row.
 */
export async function getStatementsAfter(
  input: GetStatementsInput,
  after: StatementsKeyset | null,
  limit: number,
  db: PrismaClient = prisma,
): Promise<{ rows: StatementRow[]; next: StatementsKeyset | null }> {
  // One row more than asked tells whether another step follows, without a count.
  const query = buildStatementsKeysetQuery(input, after, limit + 1, sqlDialect(db));
  try {
    const raw = await queryRaw<(RawStatementRow & { sortValue: string | number | bigint | null })[]>(
      db,
      query.sql,
      ...query.params,
    );
    const page = raw.slice(0, limit);
    const last = page.at(-1);
    const next =
      last && raw.length > limit
        ? { value: typeof last.sortValue === "bigint" ? Number(last.sortValue) : last.sortValue, id: Number(last.id) }
        : null;
    return { rows: page.map(toStatementRow), next };
  } catch (error) {
    console.error("getStatementsAfter failed", error);
    throw error;
  }
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

interface FacetCounts {
  outlets: FilterOption[];
  tags: (FilterOption & { color: string })[];
}

/**
 * Counting outlets and tags takes ~30 ms at a million statements, ten times the table's own
 * query, and every page view shows them. The counts are hints beside the filter's choices, so
 * they are recounted at most this often; concurrent views share one count.
 */
const FACET_TTL_MS = 10_000;
let facetCache: { expires: number; value: Promise<FacetCounts> } | null = null;

function getFacetCounts(): Promise<FacetCounts> {
  if (!facetCache || facetCache.expires <= Date.now()) {
    const value = countFacets();
    facetCache = { expires: Date.now() + FACET_TTL_MS, value };
    value.catch(() => {
      if (facetCache?.value === value) facetCache = null;
    });
  }
  return facetCache.value;
}

async function countFacets(): Promise<FacetCounts> {
  const [outlets, tags] = await readTogether(prisma, [
    // Articles per outlet, read from the sources index: counting statements per outlet would
    // join every statement on each page view (about a second at a million statements).
    queryRaw<{ outlet: string; count: number | bigint }[]>(
      prisma,
      `SELECT outlet, COUNT(*) AS count FROM sources WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count DESC, outlet LIMIT 200`,
    ),
    queryRaw<{ slug: string; name: string; color: string; count: number | bigint }[]>(
      prisma,
      `SELECT t.slug AS slug, t.name AS name, t.color AS color, COUNT(st.statement_id) AS count
       FROM tags t LEFT JOIN statement_tags st ON st.tag_id = t.id GROUP BY t.id ORDER BY t.name LIMIT 500`,
    ),
  ]);
  return {
    outlets: outlets.map((o) => ({ value: o.outlet, label: o.outlet, count: Number(o.count) })),
    tags: tags.map((t) => ({ value: t.slug, label: t.name, color: t.color, count: Number(t.count) })),
  };
}

/**
 * Choices for the table's filters: outlets (with their article counts) and tags (with their
 * statement counts), both at most FACET_TTL_MS old, and the names of the speakers already selected.
 */
export async function getStatementFilterOptions(selectedSpeakerSlugs: string[]): Promise<{
  outlets: FilterOption[];
  tags: (FilterOption & { color: string })[];
  selectedSpeakers: FilterOption[];
}> {
  try {
    const [facets, speakers] = await Promise.all([
      getFacetCounts(),
      prisma.speaker.findMany({
        where: { slug: { in: selectedSpeakerSlugs.slice(0, 20) } },
        select: { slug: true, name: true, _count: { select: { statements: true } } },
      }),
    ]);
    return { ...facets, selectedSpeakers: speakers.map((s) => ({ value: s.slug, label: s.name, count: s._count.statements })) };
  } catch (error) {
    console.error("getStatementFilterOptions failed", error);
    throw error;
  }
}

/** Speakers whose name or an alias starts with (or contains a word starting with) the typed text. */
export async function getSpeakerSuggestions(query: string, limit = 10, db: PrismaClient = prisma): Promise<FilterOption[]> {
  const typed = withoutControlCharacters(query).trim().toLowerCase().slice(0, 100);
  if (!typed) return [];
  const like = typed.replace(/[\\%_]/g, (c) => `\\${c}`);
  // SQLite matches a word's start through the name index; PostgreSQL matches anywhere in the name
  // through its trigram index, case-insensitively (ILIKE), and ranks word starts first.
  const postgres = sqlDialect(db) === "postgres";
  const nameMatches = postgres
    ? "sp.name ILIKE ? ESCAPE '\\' AND (lower(sp.name) LIKE ? ESCAPE '\\' OR lower(sp.name) LIKE ? ESCAPE '\\')"
    : "lower(sp.name) LIKE ? ESCAPE '\\' OR lower(sp.name) LIKE ? ESCAPE '\\'";
  const nameParams = postgres ? [`%${like}%`, `${like}%`, `% ${like}%`] : [`${like}%`, `% ${like}%`];
  try {
    const rows = await queryRaw<{ slug: string; name: string; count: number | bigint }[]>(
      db,
      `SELECT sp.slug AS slug, sp.name AS name,
         (SELECT COUNT(*) FROM statements s WHERE s.speaker_id = sp.id AND s.deleted_at IS NULL) AS count
       FROM speakers sp
       WHERE (${nameMatches})
          OR sp.id IN (SELECT speaker_id FROM speaker_aliases WHERE normalized LIKE ? ESCAPE '\\')
       ORDER BY (lower(sp.name) LIKE ? ESCAPE '\\') DESC, count DESC, sp.name
       LIMIT ?`,
      ...nameParams,
      `${like}%`,
      `${like}%`,
      limit,
    );
    return rows.map((r) => ({ value: r.slug, label: r.name, count: Number(r.count) }));
  } catch (error) {
    console.error("getSpeakerSuggestions failed", error);
    throw error;
  }
}
