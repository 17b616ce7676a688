// Splits an article body into paragraphs and each paragraph into plain text and highlighted
// statements, from the statements' character offsets into the body.

export interface StatementSpan {
  id: number;
  start: number;
  end: number;
}

export type ArticleSegment = { text: string; statementId: null } | { text: string; statementId: number };

export interface ArticleParagraph {
  /** Offset of the paragraph in the body; a stable React key. */
  start: number;
  segments: ArticleSegment[];
  /** Statements that begin in this paragraph, in order: what the margin lists. */
  statementIds: number[];
}

/**
 * Spans are clamped to the body and to paragraph breaks (a statement running over two paragraphs
 * is highlighted in both); where two spans overlap, the earlier one keeps the shared text.
 */
export function segmentArticleBody(body: string, spans: StatementSpan[]): ArticleParagraph[] {
  const sorted = spans
    .map((span) => ({ id: span.id, start: Math.max(0, span.start), end: Math.min(body.length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const paragraphs: ArticleParagraph[] = [];
  const breaks = /\n\s*/g;
  let paragraphStart = 0;
  for (;;) {
    const match = breaks.exec(body);
    const paragraphEnd = match ? match.index : body.length;
    if (paragraphEnd > paragraphStart) paragraphs.push(buildParagraph(body, paragraphStart, paragraphEnd, sorted));
    if (!match) break;
    paragraphStart = match.index + match[0].length;
  }
  return paragraphs;
}

function buildParagraph(body: string, start: number, end: number, spans: StatementSpan[]): ArticleParagraph {
  const segments: ArticleSegment[] = [];
  const statementIds: number[] = [];
  let cursor = start;
  for (const span of spans) {
    if (span.end <= cursor || span.start >= end) continue;
    if (span.start >= start) statementIds.push(span.id);
    const from = Math.max(cursor, span.start);
    const to = Math.min(end, span.end);
    if (from > cursor) segments.push({ text: body.slice(cursor, from), statementId: null });
    segments.push({ text: body.slice(from, to), statementId: span.id });
    cursor = to;
  }
  if (cursor < end) segments.push({ text: body.slice(cursor, end), statementId: null });
  return { start, segments, statementIds };
}
