export interface SourceExcerpt {
  before: string;
  quote: string;
  after: string;
  /** True when the paragraph was cut to keep the excerpt readable. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const MAX_CONTEXT = 600;

/** The paragraph holding body[start, end), split around the statement so it can be highlighted. */
export function paragraphAround(body: string, start: number, end: number): SourceExcerpt | null {
  if (!(start >= 0 && end > start && end <= body.length)) return null;
  const paragraphStart = body.lastIndexOf("\n\n", start);
  const paragraphEndAt = body.indexOf("\n\n", end);
  let from = paragraphStart < 0 ? 0 : paragraphStart + 2;
  let to = paragraphEndAt < 0 ? body.length : paragraphEndAt;
  const clippedStart = start - from > MAX_CONTEXT;
  const clippedEnd = to - end > MAX_CONTEXT;
  if (clippedStart) from = start - MAX_CONTEXT;
  if (clippedEnd) to = end + MAX_CONTEXT;
  return {
    before: body.slice(from, start).trimStart(),
    quote: body.slice(start, end),
    after: body.slice(end, to).trimEnd(),
    clippedStart,
    clippedEnd,
  };
}
