import { MAX_FILTER_VALUES, type GetStatementsInput, type SortKey } from "./search-params";

// Builds the statements table's SQL from the URL contract. Everything the user typed travels as
// a bound parameter; only allow-listed fragments are spliced into the SQL text.

export type StatementsQueryInput = Omit<GetStatementsInput, "hide">;

export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word becomes a quoted
 * string (so `AND`, `NEAR`, `*`, `:` and `^` are plain text), balanced "double quotes" keep a
 * phrase, and the words are ANDed. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const quoteCount = (input.match(/"/g) ?? []).length;
  // With an odd number of quotes the last one is unbalanced: treat it as plain text.
  const text = quoteCount % 2 === 1 ? replaceLast(input, '"', " ") : input;
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
    if (!words.length) return;
    if (i % 2 === 1) terms.push(`"${words.join(" ").replace(/"/g, '""')}"`);
    else for (const word of words) terms.push(`"${word.replace(/"/g, '""')}"`);
  });
  return terms.length ? terms.slice(0, 32).join(" ") : null;
}

function replaceLast(text: string, search: string, replacement: string): string {
  const i = text.lastIndexOf(search);
  return i < 0 ? text : text.slice(0, i) + replacement + text.slice(i + search.length);
}

// Sort keys live on the statements row (speaker_sort, source_sort are trigger-maintained copies),
// so every sort reads an index instead of joining and sorting the whole table.
const SORT_COLUMNS: Record<Exclude<SortKey, "relevance">, string> = {
  date: "s.date",
  speaker: "s.speaker_sort",
  source: "s.source_sort",
  type: "s.type",
  status: "s.status",
};

/**
 * A ranked search scores at most this many matches, the newest: bm25 costs a read of every
 * match's positions, and a common word matches half the corpus. Below the cap the ranking is
 * exact; above it the table says it ranked the newest matches.
 */
export const RANK_CAP = 10_000;

/**
 * Counting stops after this many rows past the page's start: an exact total of a million matches
 * costs a full index scan, "more than 10,000" costs a few milliseconds and is just as useful.
 */
export const COUNT_CAP = 10_000;

const ROW_COLUMNS = `s.id AS id, s.text AS text, s.type AS type, s.status AS status, s.date AS date,
  s.said_on AS saidOn, s.mention AS mention, s.version AS version,
  sp.id AS speakerId, sp.name AS speakerName, sp.slug AS speakerSlug, sp.role AS speakerRole,
  so.id AS sourceId, so.title AS sourceTitle, so.outlet AS sourceOutlet, so.url AS sourceUrl,
  so.published_on AS publishedOn,
  (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name, 'color', t.color))
     FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE st.statement_id = s.id) AS tagsJson`;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

function capped<T>(values: readonly T[]): T[] {
  return [...new Set(values)].slice(0, MAX_FILTER_VALUES);
}

interface StatementsFilter {
  /** Conditions on `statements s` alone: each filter is a sub-query on its own index, no join. */
  where: string[];
  params: (string | number)[];
  fts: string | null;
}

function buildStatementsFilter(input: StatementsQueryInput): StatementsFilter {
  const where: string[] = ["s.deleted_at IS NULL"];
  const params: (string | number)[] = [];
  const fts = toFtsQuery(input.q);
  const speakers = capped(input.speaker);
  if (speakers.length) {
    where.push(`s.speaker_id IN (SELECT id FROM speakers WHERE slug IN (${placeholders(speakers)}))`);
    params.push(...speakers);
  }
  if (input.from) {
    where.push("s.date >= ?");
    params.push(input.from);
  }
  if (input.to) {
    where.push("s.date <= ?");
    params.push(input.to);
  }
  const outlets = capped(input.outlet);
  if (outlets.length) {
    where.push(`s.source_id IN (SELECT id FROM sources WHERE outlet IN (${placeholders(outlets)}))`);
    params.push(...outlets);
  }
  const sources = capped(input.source);
  if (sources.length) {
    where.push(`s.source_id IN (${placeholders(sources)})`);
    params.push(...sources);
  }
  for (const [column, values] of [
    ["s.type", capped(input.type)],
    ["s.status", capped(input.status)],
  ] as const) {
    if (values.length) {
      where.push(`${column} IN (${placeholders(values)})`);
      params.push(...values);
    }
  }
  const tags = capped(input.tag);
  if (tags.length) {
    where.push(
      `s.id IN (SELECT st.statement_id FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE t.slug IN (${placeholders(tags)}))`,
    );
    params.push(...tags);
  }
  return { where, params, fts };
}

/**
 * The ids of one page, with the value they sort by, chosen before any join. A ranked search
 * with no other filter takes its top rows from the full-text index first (it holds live rows
 * only); any other view matches the index's rowids and sorts on a statements index.
 */
function buildPageQuery(
  input: StatementsQueryInput,
  filter: StatementsFilter,
): { sql: string; params: (string | number)[]; order: string; rankCapped: boolean } {
  const { where, params, fts } = filter;
  const offset = (input.page - 1) * input.perPage;
  if (fts && input.sort.id === "relevance") {
    // FTS5's rank is lower for better hits; ties go newest first.
    const rankDir = input.sort.desc ? "ASC" : "DESC";
    const order = `sort_value ${rankDir}, id DESC`;
    const alone = where.length === 1;
    const hits = alone
      ? `(SELECT rowid, rank FROM (SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_CAP})
          ORDER BY rank ${rankDir}, rowid DESC LIMIT ?) f`
      : "statements_fts f";
    const matchWhere = alone ? where : [...where, "f.statements_fts MATCH ?"];
    return {
      sql: `SELECT s.id AS id, f.rank AS sort_value FROM ${hits} JOIN statements s ON s.id = f.rowid
        WHERE ${matchWhere.join(" AND ")} ORDER BY f.rank ${rankDir}, s.id DESC LIMIT ? OFFSET ?`,
      params: alone ? [fts, offset + input.perPage, ...params, input.perPage, offset] : [...params, fts, input.perPage, offset],
      order,
      rankCapped: alone,
    };
  }
  const conditions = fts ? [...where, "s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"] : where;
  const column = input.sort.id === "relevance" ? "s.date" : SORT_COLUMNS[input.sort.id];
  const dir = input.sort.id === "relevance" || input.sort.desc ? "DESC" : "ASC";
  return {
    sql: `SELECT s.id AS id, ${column} AS sort_value FROM statements s WHERE ${conditions.join(" AND ")}
      ORDER BY ${column} ${dir} NULLS LAST, s.id ${dir} LIMIT ? OFFSET ?`,
    params: [...params, ...(fts ? [fts] : []), input.perPage, offset],
    order: `sort_value ${dir} NULLS LAST, id ${dir}`,
    rankCapped: false,
  };
}

/**
 * The page of rows and the count for one table view. The count stops at `countLimit` rows:
 * a total equal to it means "at least this many" (see COUNT_CAP). `rankCapped`: a ranked search
 * that scores only the newest RANK_CAP matches when there are more.
 */
export function buildStatementsQuery(input: StatementsQueryInput): { rows: SqlQuery; count: SqlQuery; countLimit: number; rankCapped: boolean } {
  const filter = buildStatementsFilter(input);
  const page = buildPageQuery(input, filter);
  const countLimit = Math.max(COUNT_CAP, input.page * input.perPage) + 1;
  const { where, params, fts } = filter;
  const count =
    fts && where.length === 1
      ? { sql: "SELECT COUNT(*) AS total FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?) AS hits", params: [fts, countLimit] }
      : {
          sql: `SELECT COUNT(*) AS total FROM (SELECT 1 FROM statements s WHERE ${[
            ...where,
            ...(fts ? ["s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"] : []),
          ].join(" AND ")} LIMIT ?) AS hits`,
          params: [...params, ...(fts ? [fts] : []), countLimit],
        };
  return {
    rows: {
      sql: `WITH page AS (${page.sql})
SELECT ${ROW_COLUMNS} FROM page JOIN statements s ON s.id = page.id JOIN sources so ON so.id = s.source_id
  LEFT JOIN speakers sp ON sp.id = s.speaker_id
ORDER BY ${page.order.replace(/\b(sort_value|id)\b/g, "page.$1")}`,
      params: page.params,
    },
    count,
    countLimit,
    rankCapped: page.rankCapped,
  };
}
