import type { StatementRow } from "./queries";

// The shape of one statement in the CSV and JSON exports and the API: flat, stable field names,
// absolute links. CSV cells are neutralized against formula injection.

export interface StatementRecord {
  id: number;
  url: string;
  text: string;
  type: StatementRow["type"];
  status: StatementRow["status"];
  date: string | null;
  said_on: string | null;
  speaker: string | null;
  speaker_slug: string | null;
  speaker_role: string | null;
  mention: string | null;
  source_id: number;
  source_title: string | null;
  outlet: string | null;
  source_url: string | null;
  published_on: string | null;
  tags: string[];
  group_id: number | null;
  reported_by_sources: number;
  first_reported_on: string | null;
}

export function toStatementRecord(row: StatementRow, origin: string): StatementRecord {
  return {
    id: row.id,
    url: `${origin}/statements/${row.id}`,
    text: row.text,
    type: row.type,
    status: row.status,
    date: row.date,
    said_on: row.saidOn,
    speaker: row.speaker?.name ?? null,
    speaker_slug: row.speaker?.slug ?? null,
    speaker_role: row.speaker?.role ?? null,
    mention: row.mention,
    source_id: row.source.id,
    source_title: row.source.title,
    outlet: row.source.outlet,
    source_url: row.source.url,
    published_on: row.source.publishedOn,
    tags: row.tags.map((tag) => tag.slug),
    group_id: row.group?.id ?? null,
    reported_by_sources: row.group?.sources ?? 1,
    first_reported_on: row.group?.firstOn ?? row.date,
  };
}

export const CSV_COLUMNS = [
  "id",
  "date",
  "said_on",
  "speaker",
  "speaker_slug",
  "speaker_role",
  "mention",
  "type",
  "status",
  "text",
  "source_title",
  "outlet",
  "published_on",
  "source_url",
  "tags",
  "reported_by_sources",
  "first_reported_on",
  "url",
] as const satisfies readonly (keyof StatementRecord)[];

/**
 * One CSV cell (RFC 4180). A value a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) gets a leading single quote, so opening an export never executes
 * what an article said; a cell with a comma, quote or line break is quoted, quotes doubled.
 */
export function csvCell(value: string | number | null | readonly string[]): string {
  if (value == null) return "";
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | readonly string[])[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function statementCsvLine(record: StatementRecord): string {
  return csvLine(CSV_COLUMNS.map((column) => record[column]));
}
