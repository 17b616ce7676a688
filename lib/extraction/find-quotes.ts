/** A quotation found by the scanner. Offsets are absolute in the scanned text. */
export interface QuoteSpan {
  /** index of the opening mark */
  open: number;
  /** index of the closing mark, or the end of the block when the quote is left open */
  close: number;
  /** the content lies in [innerStart, innerEnd) */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  kind: 'double' | 'single' | 'guillemet';
}

const isLetterOrDigit = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /[\s([{\u2014\u2013\-\/]/.test(ch);

/** The paragraph after the line ending at `to` starts with a single opening quote mark. */
function opensNextParagraph(text: string, to: number): boolean {
  let i = to;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i > to && text.slice(to, i).includes('\n') && (text[i] === '‘' || text[i] === "'") && isLetterOrDigit(text[i + 1]);
}

/**
 * Finds quotations in text[from, to) with one linear pass. Straight double quotes toggle; curly
 * quotes and guillemets open and close by shape; single quotes count only at word edges so that
 * apostrophes ("Russia’s", "don't") are not taken for quotes. Marks inside an open quotation of
 * another kind are nested quotes and stay part of the content. A quotation still open at `to` is
 * returned with closed = false, which is how journalists continue a quote into the next paragraph.
 */
export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openKind: QuoteSpan['kind'] | null = null;
  let openChar = '';
  let markLength = 1;

  const close = (closeAt: number, closed: boolean) => {
    spans.push({
      open: openAt,
      close: closeAt,
      innerStart: openAt + markLength,
      innerEnd: closeAt,
      closed,
      kind: openKind!,
    });
    openAt = -1;
    openKind = null;
  };
  const open = (at: number, kind: QuoteSpan['kind'], ch: string, length = 1) => {
    openAt = at;
    openKind = kind;
    openChar = ch;
    markLength = length;
  };

  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' && openKind === 'single') {
      // Single quotes never run across a paragraph; an unmatched one was an apostrophe.
      openAt = -1;
      openKind = null;
      continue;
    }
    if (ch === '"' || (ch === "'" && text[i + 1] === "'")) {
      const length = ch === "'" ? 2 : 1;
      if (openKind === 'double' && (openChar === '"' || openChar === '“' || openChar === '„')) close(i, true);
      else if (openKind === null) open(i, 'double', '"', length);
      i += length - 1;
      continue;
    }
    if (ch === '“' || ch === '„') {
      if (openKind === null) open(i, 'double', ch);
      else if (openKind === 'double' && openChar === '„' && ch === '“') close(i, true);
      continue;
    }
    if (ch === '”') {
      if (openKind === 'double') close(i, true);
      else if (openKind === null && isSpaceOrStart(text[i - 1]) && isLetterOrDigit(text[i + 1])) open(i, 'double', '“');
      continue;
    }
    if (ch === '«' || ch === '»') {
      if (ch === '«' && openKind === null) open(i, 'guillemet', ch);
      else if (ch === '»' && openKind === 'guillemet') close(i, true);
      continue;
    }
    if (ch === '‘' || ch === "'") {
      if (openKind === null && isSpaceOrStart(text[i - 1]) && isLetterOrDigit(text[i + 1])) open(i, 'single', ch);
      else if (openKind === 'single' && !isLetterOrDigit(text[i + 1]) && !isSpaceOrStart(text[i - 1])) close(i, true);
      continue;
    }
    if (ch === '’' && openKind === 'single' && !isLetterOrDigit(text[i + 1]) && !isSpaceOrStart(text[i - 1])) {
      close(i, true);
    }
  }
  if (openKind === 'double' || openKind === 'guillemet') close(to, false);
  // British style carries a quote over paragraphs the same way: ‘ is never closed and the next paragraph opens with ‘.
  // A straight ' counts only at the paragraph's start, where it cannot be an apostrophe.
  else if (openKind === 'single' && (openAt === from || openChar === '‘') && opensNextParagraph(text, to)) close(to, false);
  return spans;
}
