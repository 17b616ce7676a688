import {
  createLoader,
  createParser,
  createSearchParamsCache,
  createSerializer,
  parseAsArrayOf,
  parseAsStringLiteral,
} from "nuqs/server";

// The statements table's one URL contract: the page, the client table and the query builder
// all read it, so a shared link reproduces the same view. Every parser turns a value it does not
// recognise into the default instead of an error.

export const STATEMENT_TYPES = ["direct", "partial", "indirect"] as const;
export const STATEMENT_STATUSES = ["unreviewed", "verified", "disputed", "rejected"] as const;
export const SORT_KEYS = ["date", "speaker", "source", "type", "status", "relevance"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const HIDEABLE_COLUMNS = ["speaker", "type", "date", "source", "tags", "status"] as const;
export const MAX_SEARCH_LENGTH = 200;
export const MAX_FILTER_VALUES = 20;

export type SortKey = (typeof SORT_KEYS)[number];
export interface StatementsSort {
  id: SortKey;
  desc: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A positive integer (page numbers, ids). */
const parseAsPage = createParser({
  parse: (value) => (/^\d{1,7}$/.test(value) && Number(value) >= 1 ? Number(value) : null),
  serialize: String,
});

const parseAsPageSize = createParser({
  parse: (value) => PAGE_SIZES.find((size) => String(size) === value) ?? null,
  serialize: String,
});

const parseAsIsoDate = createParser({
  parse: (value) => (isIsoDate(value) ? value : null),
  serialize: (value: string) => value,
});

/** `date.desc`, `speaker.asc`; the key must be one the query builder allows. */
const parseAsSort = createParser<StatementsSort>({
  parse: (value) => {
    const [id, dir = "desc", ...rest] = value.split(".");
    if (rest.length || !(SORT_KEYS as readonly string[]).includes(id) || (dir !== "asc" && dir !== "desc")) return null;
    return { id: id as SortKey, desc: dir === "desc" };
  },
  serialize: (sort) => `${sort.id}.${sort.desc ? "desc" : "asc"}`,
  eq: (a, b) => a.id === b.id && a.desc === b.desc,
});

/**
 * Typed text with control characters (NUL among them, which PostgreSQL text cannot hold) turned
 * into spaces: no name, title or statement contains one, so nothing that could match is lost.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}

const parseAsSearch = createParser({
  parse: (value) => withoutControlCharacters(value).slice(0, MAX_SEARCH_LENGTH),
  serialize: (value: string) => value,
});

/** A switch that is on as `1`; anything else is off. */
const parseAsFlag = createParser<boolean>({
  parse: (value) => (value === "1" ? true : null),
  serialize: (value: boolean) => (value ? "1" : "0"),
});

const parseAsFilterValue = createParser({
  parse: (value) => (value.length > 0 && value.length <= 200 && withoutControlCharacters(value) === value ? value : null),
  serialize: (value: string) => value,
});

export const statementsSearchParams = {
  q: parseAsSearch.withDefault(""),
  page: parseAsPage.withDefault(1),
  perPage: parseAsPageSize.withDefault(25),
  sort: parseAsSort.withDefault({ id: "date", desc: true }),
  /** Speaker slugs. */
  speaker: parseAsArrayOf(parseAsFilterValue).withDefault([]),
  from: parseAsIsoDate,
  to: parseAsIsoDate,
  outlet: parseAsArrayOf(parseAsFilterValue).withDefault([]),
  type: parseAsArrayOf(parseAsStringLiteral(STATEMENT_TYPES)).withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(STATEMENT_STATUSES)).withDefault([]),
  /** Tag slugs. */
  tag: parseAsArrayOf(parseAsFilterValue).withDefault([]),
  /** Hidden columns. */
  hide: parseAsArrayOf(parseAsStringLiteral(HIDEABLE_COLUMNS)).withDefault([]),
  /** Source (article) ids. */
  source: parseAsArrayOf(parseAsPage).withDefault([]),
  /** One row per statement reported by several sources (`collapse=1`). */
  collapse: parseAsFlag.withDefault(false),
};

export const statementsSearchParamsCache = createSearchParamsCache(statementsSearchParams);
/** Parses a URL or its query outside a page render (API routes, exports, tests). */
export const loadStatementsSearchParams = createLoader(statementsSearchParams);
export const serializeStatementsSearchParams = createSerializer(statementsSearchParams);

export type GetStatementsInput = Awaited<ReturnType<typeof statementsSearchParamsCache.parse>>;
