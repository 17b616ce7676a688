import type { StatementRow } from "./queries";

// An Atom 1.0 feed (RFC 4287) of a view's newest statements, so a reader can follow a speaker or a tag.

/** Text safe inside XML: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function atomDate(isoDay: string | null, fallback: string): string {
  return isoDay ? `${isoDay}T00:00:00Z` : fallback;
}

const TITLE_LENGTH = 120;

function entryTitle(row: StatementRow): string {
  const text = row.text.length > TITLE_LENGTH ? `${row.text.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : row.text;
  return `${row.speaker?.name ?? "Unknown speaker"}: ${row.type === "direct" ? `“${text}”` : text}`;
}

export interface StatementsFeedInput {
  title: string;
  /** The feed's own URL. */
  selfUrl: string;
  /** The same view as a page. */
  pageUrl: string;
  origin: string;
  rows: StatementRow[];
  /** When the feed is built: the `updated` of a feed with undated entries. */
  now: Date;
}

export function buildStatementsFeed({ title, selfUrl, pageUrl, origin, rows, now }: StatementsFeedInput): string {
  const fallback = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const newest = rows.map((row) => row.date).filter((date): date is string => !!date).sort().at(-1) ?? null;
  const entries = rows.map((row) => {
    const url = `${origin}/statements/${row.id}`;
    const source = [row.source.title ?? "Untitled article", row.source.outlet].filter(Boolean).join(", ");
    const summary = `${row.text}\n\n— ${row.speaker?.name ?? "Unknown speaker"}${row.date ? `, ${row.date}` : ""}; reported in ${source}`;
    return [
      "  <entry>",
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(entryTitle(row))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${atomDate(row.date, fallback)}</updated>`,
      `    <author><name>${escapeXml(row.speaker?.name ?? "Unknown speaker")}</name></author>`,
      ...row.tags.map((tag) => `    <category term="${escapeXml(tag.slug)}" label="${escapeXml(tag.name)}"/>`),
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${atomDate(newest, fallback)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    "  <author><name>OnRecord</name></author>",
    "  <generator>OnRecord</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
