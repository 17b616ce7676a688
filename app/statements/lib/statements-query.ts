import type { SqlDialect } from "@/lib/sql";
import { MAX_FILTER_VALUES, type GetStatementsInput, type SortKey } from "./search-params";

// Builds the statements table's SQL from the URL contract. Everything the user typed travels as
// a bound parameter; only allow-listed fragments are spliced into the SQL text. The SQL is the
// same on both databases but for full-text search (SQLite's FTS5 table statements_fts,
// PostgreSQL's tsvector table statements_search) and SQLite's planner hints.

export type StatementsQueryInput = Omit<GetStatementsInput, "hide">;

export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word becomes a quoted
 * string (so `AND`, `NEAR`, `*`, `:` and `^` are plain text), balanced "double quotes" keep a
 * phrase, and the words are ANDed. Returns null when nothing searchable is left. The same string
 * is a PostgreSQL websearch query meaning the same (quoted words, a space for AND).
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

// A group's reports are read through the group_id index by name on SQLite: while most statements
// are ungrouped, its planner's statistics say that index matches everything, and it would rather
// scan the table in another index's order (a minute per page at a million statements).
function rowColumns(dialect: SqlDialect): string {
  const byGroup = dialect === "sqlite" ? "statements o INDEXED BY statements_group_id_idx" : "statements o";
  const tags =
    dialect === "sqlite"
      ? "json_group_array(json_object('slug', t.slug, 'name', t.name, 'color', t.color))"
      : "json_agg(json_build_object('slug', t.slug, 'name', t.name, 'color', t.color))::text";
  return `s.id AS id, s.text AS text, s.type AS type, s.status AS status, s.date AS date,
  s.said_on AS "saidOn", s.mention AS mention, s.version AS version,
  sp.id AS "speakerId", sp.name AS "speakerName", sp.slug AS "speakerSlug", sp.role AS "speakerRole",
  so.id AS "sourceId", so.title AS "sourceTitle", so.outlet AS "sourceOutlet", so.url AS "sourceUrl",
  so.published_on AS "publishedOn",
  (SELECT ${tags} FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE st.statement_id = s.id) AS "tagsJson",
  s.group_id AS "groupId",
  CASE WHEN s.group_id IS NOT NULL THEN (SELECT COUNT(DISTINCT o.source_id) FROM ${byGroup}
    WHERE o.group_id = s.group_id AND o.deleted_at IS NULL) END AS "groupSources",
  CASE WHEN s.group_id IS NOT NULL THEN (SELECT MIN(o.date) FROM ${byGroup}
    WHERE o.group_id = s.group_id AND o.deleted_at IS NULL) END AS "groupFirstOn"`;
}

const ROW_JOINS = "JOIN sources so ON so.id = s.source_id LEFT JOIN speakers sp ON sp.id = s.speaker_id";

/** Statements whose text matches the search words, as an id sub-query on the full-text index. */
function ftsMatch(dialect: SqlDialect): string {
  return dialect === "sqlite"
    ? "s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
    : "s.id IN (SELECT statement_id FROM statements_search WHERE document @@ websearch_to_tsquery('onrecord', ?))";
}

/**
 * The full-text index's matches for one bound query with their rank, lower is better (FTS5's
 * bm25 rank; PostgreSQL's ts_rank negated), as `hits(statement_id, rank)`.
 */
const POSTGRES_HITS = `(SELECT statement_id, -ts_rank(document, q) AS rank
    FROM statements_search CROSS JOIN websearch_to_tsquery('onrecord', ?) AS q WHERE document @@ q) AS hits`;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

function capped<T>(values: readonly T[]): T[] {
  return [...new Set(values)].slice(0, MAX_FILTER_VALUES);
}

interface StatementsFilter {
  /**
   * Conditions on `statements s` alone, each filter a sub-query on its own index, so a page's
   * ids are picked before any join. The search words are not among them (see `fts`).
   */
  where: string[];
  params: (string | number)[];
  /**
   * Conditions that `s.id` is in a set (tags): a page probes the set while it walks the sort
   * index, a count looks the set's rows up. Bound after `params`.
   */
  idSets: string[];
  idSetParams: (string | number)[];
  fts: string | null;
  dialect: SqlDialect;
}

/**
 * The filter's conditions and parameters; `probe` marks the id sets so that SQLite walks the
 * sort column's index and probes them (PostgreSQL's planner chooses by its statistics).
 */
function conditionsOf(filter: StatementsFilter, probe: boolean): { conditions: string[]; params: (string | number)[] } {
  const idSets = probe && filter.dialect === "sqlite" ? filter.idSets.map((c) => `+${c}`) : filter.idSets;
  return { conditions: [...filter.where, ...idSets], params: [...filter.params, ...filter.idSetParams] };
}

/** Every filter in the URL contract, and the collapse of grouped reports. */
function buildStatementsFilter(input: StatementsQueryInput, dialect: SqlDialect): StatementsFilter {
  const where: string[] = ["s.deleted_at IS NULL"];
  const params: (string | number)[] = [];
  const fts = toFtsQuery(input.q);
  const speakers = capped(input.speaker);
  if (speakers.length === 1 && dialect === "postgres") {
    // One speaker as a value, not a set: PostgreSQL then reads that speaker's rows in the date
    // index's order instead of sorting them all.
    where.push("s.speaker_id = (SELECT id FROM speakers WHERE slug = ?)");
    params.push(...speakers);
  } else if (speakers.length) {
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
  const idSets: string[] = [];
  const idSetParams: (string | number)[] = [];
  const tags = capped(input.tag);
  if (tags.length) {
    idSets.push(
      `s.id IN (SELECT st.statement_id FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE t.slug IN (${placeholders(tags)}))`,
    );
    idSetParams.push(...tags);
  }
  if (input.collapse) {
    // One row per group: the earliest report among those the view matches, so a filter on an
    // outlet shows that outlet's report, not another one the filter excludes.
    const matched = [...where, ...idSets, ...(fts ? [ftsMatch(dialect)] : [])];
    const matchedParams = [...params, ...idSetParams, ...(fts ? [fts] : [])];
    if (dialect === "postgres") {
      // Per row instead of numbering every match (seconds at a million): an ungrouped row is its
      // own group, a grouped one is kept when no matching report of its group comes before it.
      // The innermost `statements s` is the earlier report, so the filter's `s.` columns are its.
      where.push(
        `(s.group_id IS NULL OR NOT EXISTS (SELECT 1 FROM statements o WHERE o.group_id = s.group_id
          AND (o.date IS NULL, COALESCE(o.date, ''), o.id) < (s.date IS NULL, COALESCE(s.date, ''), s.id)
          AND EXISTS (SELECT 1 FROM statements s WHERE s.id = o.id AND ${matched.join(" AND ")})))`,
      );
    } else {
      where.push(
        `s.id IN (SELECT id FROM (SELECT s.id AS id, ROW_NUMBER() OVER (PARTITION BY COALESCE(s.group_id, -s.id) ORDER BY s.date IS NULL, s.date, s.id) AS rn
        FROM statements s WHERE ${matched.join(" AND ")}) AS ranked WHERE rn = 1)`,
      );
    }
    params.push(...matchedParams);
  }
  return { where, params, idSets, idSetParams, fts, dialect };
}

/** The column the view sorts on (before the id tiebreak) and its direction. */
function sortColumn(input: StatementsQueryInput, filter: StatementsFilter): { column: string; desc: boolean } {
  if (input.sort.id === "relevance") {
    // Relevance without search words is the newest first; the rank is lower for better hits.
    const rank = filter.dialect === "sqlite" ? "statements_fts.rank" : "hits.rank";
    return filter.fts ? { column: rank, desc: !input.sort.desc } : { column: "s.date", desc: true };
  }
  return { column: SORT_COLUMNS[input.sort.id], desc: input.sort.desc };
}

/** Ties on the sort column keep a stable order by id; relevance breaks them newest first. */
function idDescending(input: StatementsQueryInput, sortDesc: boolean): boolean {
  return input.sort.id === "relevance" ? true : sortDesc;
}

// PostgreSQL reads a B-tree backwards as DESC NULLS FIRST, so NULLS LAST on a column that cannot
// be null would keep it from reading one index both ways (see the live sort indexes' migration).
const POSTGRES_NOT_NULL_SORT_COLUMNS = new Set(["s.type", "s.status"]);

function orderByClause(column: string, desc: boolean, id: string, idDesc: boolean, dialect: SqlDialect = "sqlite"): string {
  const nulls = dialect === "postgres" && POSTGRES_NOT_NULL_SORT_COLUMNS.has(column) ? "" : " NULLS LAST";
  return `${column} ${desc ? "DESC" : "ASC"}${nulls}, ${id} ${idDesc ? "DESC" : "ASC"}`;
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
  const { fts, dialect } = filter;
  const offset = (input.page - 1) * input.perPage;
  const { column, desc } = sortColumn(input, filter);
  const idDesc = idDescending(input, desc);
  const order = orderByClause("page.sort_value", desc, "page.id", idDesc);
  if (fts && input.sort.id === "relevance") {
    const rankDir = desc ? "DESC" : "ASC";
    const { conditions: where, params } = conditionsOf(filter, false);
    const alone = where.length === 1;
    const orderBy = orderByClause(column, desc, "s.id", idDesc);
    if (dialect === "postgres") {
      const hits = alone
        ? `(SELECT newest.statement_id, -ts_rank(newest.document, q) AS rank
            FROM (SELECT statement_id, document FROM statements_search CROSS JOIN websearch_to_tsquery('onrecord', ?) AS q
                  WHERE document @@ q ORDER BY statement_id DESC LIMIT ${RANK_CAP}) AS newest
            CROSS JOIN websearch_to_tsquery('onrecord', ?) AS q
            ORDER BY rank ${rankDir}, newest.statement_id DESC LIMIT ?) AS hits`
        : POSTGRES_HITS;
      return {
        sql: `SELECT s.id AS id, hits.rank AS sort_value FROM ${hits} JOIN statements s ON s.id = hits.statement_id
          WHERE ${where.join(" AND ")} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
        params: alone ? [fts, fts, offset + input.perPage, ...params, input.perPage, offset] : [fts, ...params, input.perPage, offset],
        order,
        rankCapped: alone,
      };
    }
    const hits = alone
      ? `(SELECT rowid, rank FROM (SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_CAP})
          ORDER BY rank ${rankDir}, rowid DESC LIMIT ?) statements_fts`
      : "statements_fts";
    const conditions = alone ? where : [...where, "statements_fts MATCH ?"];
    return {
      sql: `SELECT s.id AS id, statements_fts.rank AS sort_value FROM ${hits} JOIN statements s ON s.id = statements_fts.rowid
        WHERE ${conditions.join(" AND ")} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
      params: alone ? [fts, offset + input.perPage, ...params, input.perPage, offset] : [...params, fts, input.perPage, offset],
      order,
      rankCapped: alone,
    };
  }
  // Walk the sort column's index and probe the matches: a page needs only its first rows.
  const { conditions: where, params } = conditionsOf(filter, true);
  const conditions = fts ? [...where, dialect === "sqlite" ? `+${ftsMatch(dialect)}` : ftsMatch(dialect)] : where;
  return {
    sql: `SELECT s.id AS id, ${column} AS sort_value FROM statements s WHERE ${conditions.join(" AND ")}
      ORDER BY ${orderByClause(column, desc, "s.id", idDesc, dialect)} LIMIT ? OFFSET ?`,
    params: [...params, ...(fts ? [fts] : []), input.perPage, offset],
    order,
    rankCapped: false,
  };
}

/**
 * The page of rows and the count for one table view. The count stops at `countLimit` rows:
 * a total equal to it means "at least this many" (see COUNT_CAP). `rankCapped`: a ranked search
 * that scores only the newest RANK_CAP matches when there are more.
 */
export function buildStatementsQuery(
  input: StatementsQueryInput,
  dialect: SqlDialect = "sqlite",
): { rows: SqlQuery; count: SqlQuery; countLimit: number; rankCapped: boolean } {
  const filter = buildStatementsFilter(input, dialect);
  const page = buildPageQuery(input, filter);
  const countLimit = Math.max(COUNT_CAP, input.page * input.perPage) + 1;
  const { fts } = filter;
  const { conditions: where, params } = conditionsOf(filter, false);
  const searchOnly =
    dialect === "sqlite"
      ? "SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"
      : "SELECT 1 FROM statements_search WHERE document @@ websearch_to_tsquery('onrecord', ?) LIMIT ?";
  const count =
    fts && where.length === 1
      ? { sql: `SELECT COUNT(*) AS total FROM (${searchOnly}) AS hits`, params: [fts, countLimit] }
      : {
          sql: `SELECT COUNT(*) AS total FROM (SELECT 1 FROM statements s WHERE ${(fts ? [...where, ftsMatch(dialect)] : where).join(" AND ")} LIMIT ?) AS hits`,
          params: [...params, ...(fts ? [fts] : []), countLimit],
        };
  return {
    rows: {
      sql: `WITH page AS (${page.sql})
SELECT ${rowColumns(dialect)} FROM page JOIN statements s ON s.id = page.id ${ROW_JOINS}
ORDER BY ${page.order}`,
      params: page.params,
    },
    count,
    countLimit,
    rankCapped: page.rankCapped,
  };
}

/** Where the previous chunk of a keyset walk ended: the last row's sort value and id. */
export interface StatementsKeyset {
  value: string | number | null;
  id: number;
}

/**
 * Rows of one view after `after`, in the view's order, `limit` at a time: keyset pagination on the
 * sort column and the id, so a walk through every row (exports, the API) costs the same per chunk
 * however deep it goes. Each row carries its `sortValue` to make the next keyset from.
 */
export function buildStatementsKeysetQuery(
  input: StatementsQueryInput,
  after: StatementsKeyset | null,
  limit: number,
  dialect: SqlDialect = "sqlite",
): SqlQuery {
  const filter = buildStatementsFilter(input, dialect);
  const { fts } = filter;
  const { conditions: where, params } = conditionsOf(filter, false);
  const { column, desc } = sortColumn(input, filter);
  const idDesc = idDescending(input, desc);
  const ranked = fts && input.sort.id === "relevance";
  // SQLite joins the FTS table and matches in WHERE; PostgreSQL joins the ranked hits (bound first).
  const conditions = fts && dialect === "sqlite" ? [...where, "statements_fts MATCH ?"] : [...where];
  if (fts && dialect === "postgres" && !ranked) conditions.push(ftsMatch(dialect));
  const leadingParams: (string | number)[] = ranked && dialect === "postgres" ? [fts] : [];
  const keysetParams: (string | number)[] = fts && (dialect === "sqlite" || !ranked) ? [fts] : [];
  if (after) {
    const beyond = desc ? "<" : ">";
    const idBeyond = idDesc ? "<" : ">";
    // NULLS LAST: past every non-null value come the nulls, ordered by id.
    if (after.value === null) {
      conditions.push(`(${column} IS NULL AND s.id ${idBeyond} ?)`);
      keysetParams.push(after.id);
    } else {
      conditions.push(`(${column} ${beyond} ? OR (${column} = ? AND s.id ${idBeyond} ?) OR ${column} IS NULL)`);
      keysetParams.push(after.value, after.value, after.id);
    }
  }
  const search =
    !fts ? "" : dialect === "sqlite" ? " JOIN statements_fts ON statements_fts.rowid = s.id" : ranked ? ` JOIN ${POSTGRES_HITS} ON hits.statement_id = s.id` : "";
  return {
    sql: `SELECT ${rowColumns(dialect)}, ${column} AS "sortValue" FROM statements s ${ROW_JOINS}${search} WHERE ${conditions.join(" AND ")} ORDER BY ${orderByClause(column, desc, "s.id", idDesc, dialect)} LIMIT ?`,
    params: [...leadingParams, ...params, ...keysetParams, limit],
  };
}
