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

const SORT_COLUMNS: Record<Exclude<SortKey, "relevance">, string> = {
  date: "s.date",
  speaker: "sp.name COLLATE NOCASE",
  source: "so.title COLLATE NOCASE",
  type: "s.type",
  status: "s.status",
};

const ROW_COLUMNS = `s.id AS id, s.text AS text, s.type AS type, s.status AS status, s.date AS date,
  s.said_on AS saidOn, s.mention AS mention, s.version AS version,
  sp.id AS speakerId, sp.name AS speakerName, sp.slug AS speakerSlug, sp.role AS speakerRole,
  so.id AS sourceId, so.title AS sourceTitle, so.outlet AS sourceOutlet, so.url AS sourceUrl,
  so.published_on AS publishedOn,
  (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name, 'color', t.color))
     FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE st.statement_id = s.id) AS tagsJson,
  s.group_id AS groupId,
  (SELECT COUNT(DISTINCT o.source_id) FROM statements o WHERE o.group_id = s.group_id AND o.deleted_at IS NULL) AS groupSources,
  (SELECT MIN(o.date) FROM statements o WHERE o.group_id = s.group_id AND o.deleted_at IS NULL) AS groupFirstOn`;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

function capped<T>(values: readonly T[]): T[] {
  return [...new Set(values)].slice(0, MAX_FILTER_VALUES);
}

interface StatementsFilter {
  from: string;
  where: string[];
  params: (string | number)[];
  fts: string | null;
}

/** The FROM and WHERE of one view: every filter in the URL contract, and the collapse of grouped reports. */
function buildStatementsFilter(input: StatementsQueryInput): StatementsFilter {
  const where: string[] = ["s.deleted_at IS NULL"];
  const params: (string | number)[] = [];
  const fts = toFtsQuery(input.q);
  let from = "statements s JOIN sources so ON so.id = s.source_id LEFT JOIN speakers sp ON sp.id = s.speaker_id";
  if (fts) {
    from += " JOIN statements_fts ON statements_fts.rowid = s.id";
    where.push("statements_fts MATCH ?");
    params.push(fts);
  }
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
    where.push(`so.outlet IN (${placeholders(outlets)})`);
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
      `EXISTS (SELECT 1 FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE st.statement_id = s.id AND t.slug IN (${placeholders(tags)}))`,
    );
    params.push(...tags);
  }
  if (input.collapse) {
    // One row per group: the earliest report among those the view matches, so a filter on an
    // outlet shows that outlet's report, not another one the filter excludes.
    const matched = where.join(" AND ");
    where.push(
      `s.id IN (SELECT id FROM (SELECT s.id AS id, ROW_NUMBER() OVER (PARTITION BY COALESCE(s.group_id, -s.id) ORDER BY s.date IS NULL, s.date, s.id) AS rn
        FROM ${from} WHERE ${matched}) WHERE rn = 1)`,
    );
    params.push(...params);
  }
  return { from, where, params, fts };
}

/** The column the view sorts on (before the id tiebreak) and its direction. */
function sortColumn(input: StatementsQueryInput, fts: string | null): { column: string; desc: boolean } {
  if (input.sort.id === "relevance") {
    // Relevance without search words is the newest first; FTS5's rank is lower for better hits.
    return fts ? { column: "statements_fts.rank", desc: !input.sort.desc } : { column: "s.date", desc: true };
  }
  return { column: SORT_COLUMNS[input.sort.id], desc: input.sort.desc };
}

/** Ties on the sort column keep a stable order by id; relevance breaks them newest first. */
function idDescending(input: StatementsQueryInput, sortDesc: boolean): boolean {
  return input.sort.id === "relevance" ? true : sortDesc;
}

function orderByClause(input: StatementsQueryInput, fts: string | null): string {
  const { column, desc } = sortColumn(input, fts);
  return `${column} ${desc ? "DESC" : "ASC"} NULLS LAST, s.id ${idDescending(input, desc) ? "DESC" : "ASC"}`;
}

/** The page of rows and the total count for one table view. */
export function buildStatementsQuery(input: StatementsQueryInput): { rows: SqlQuery; count: SqlQuery } {
  const { from, where, params, fts } = buildStatementsFilter(input);
  const whereSql = where.join(" AND ");
  const offset = (input.page - 1) * input.perPage;
  return {
    rows: {
      sql: `SELECT ${ROW_COLUMNS} FROM ${from} WHERE ${whereSql} ORDER BY ${orderByClause(input, fts)} LIMIT ? OFFSET ?`,
      params: [...params, input.perPage, offset],
    },
    count: { sql: `SELECT COUNT(*) AS total FROM ${from} WHERE ${whereSql}`, params },
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
export function buildStatementsKeysetQuery(input: StatementsQueryInput, after: StatementsKeyset | null, limit: number): SqlQuery {
  const { from, where, params, fts } = buildStatementsFilter(input);
  const { column, desc } = sortColumn(input, fts);
  const idDesc = idDescending(input, desc);
  const conditions = [...where];
  const keysetParams: (string | number)[] = [];
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
  return {
    sql: `SELECT ${ROW_COLUMNS}, ${column} AS sortValue FROM ${from} WHERE ${conditions.join(" AND ")} ORDER BY ${orderByClause(input, fts)} LIMIT ?`,
    params: [...params, ...keysetParams, limit],
  };
}
