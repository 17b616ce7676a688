import { findQuotes, type QuoteSpan } from './find-quotes';
import { ABBREVIATIONS, GLUE_TAILS, GLUE_VERBS } from './lexicon';

/** Months that are also given names. */
const MONTH_NAMES = new Set(['jan', 'may', 'jun', 'june', 'april', 'august']);

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  /** index into the paragraph's quotes when the token lies inside a quotation (marks included), else -1 */
  quote: number;
  mark: 'open' | 'close' | null;
  /** a month's name written as a first name ("Jun Sato", "April Ryan") */
  givenName: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  quotes: QuoteSpan[];
  sentences: Sentence[];
  /** the previous paragraph left a quotation open and this one reopens it */
  continuesQuote: boolean;
  /** the paragraph leaves a quotation open at its end */
  leavesQuoteOpen: boolean;
}

const UNICODE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// ASCII fast path: most characters of English news are plain letters, digits or spaces.
const LETTER_OR_DIGIT = {
  test(ch: string): boolean {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    return UNICODE_LETTER_OR_DIGIT.test(ch);
  },
};
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const OPENING_MARKS = '"“„«‘\'';
const MAX_WORD = 80;
// The cue must end its clause within a few words ("Mr Adeyemi said.", "she said on Monday,"): "He said a semi sold ..." opens a new report.
const CUE_AFTER_QUOTE = /^\s+(?:(?:Mr|Mrs|Ms|Dr|[A-Z][\p{L}'’-]+)\.?\s+){1,3}(?:said|says|added|adds|told|tells|asked|wrote|explained|insisted|argued|warned|continued|replied)\b(?:\s+(?!that\b)[\p{L}\d'’-]+){0,4}\s*[.,;!?]/u;

/** Datelines open one of the first paragraphs of a wire story. */
const DATELINE_PARAGRAPHS = 8;
// "LAGOS, Nigeria (Reuters) - ", "SAN FRANCISCO, May 4 (Ledger Wire) - ", "BRUSSELS (EWS) – ", "NEW DELHI: ".
const UPPER_DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, [\p{Lu}\d][\p{L}\d.'’-]*(?: [\p{Lu}\d][\p{L}\d.'’-]*){0,2}){0,2}(?: ?\([^()\n]{1,40}\))? ?(?:[-–—]{1,2} |: )(?=\S)/u;
// "Washington (CNN) — ": a place in ordinary case needs the agency in brackets.
const AGENCY_DATELINE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})? ?\([^()\n]{1,40}\) ?[-–—]{1,2} (?=\S)/u;

/**
 * The length of a wire dateline opening the paragraph, or 0. Its place is where the story was filed,
 * not a speaker or part of the first statement.
 */
export function datelineLength(body: string, from: number, to: number): number {
  const head = body.slice(from, Math.min(to, from + 120));
  const m = UPPER_DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head);
  if (!m || m[0].length >= to - from) return 0;
  // "MORALES: ..." repeated down the page is a transcript's speaker label, not a place.
  if (m[0].trimEnd().endsWith(':') && labelRepeats(body, m[0].trimEnd(), from)) return 0;
  return m[0].length;
}

/** True when "LABEL:" opens another line of the body than the one at `from`. */
function labelRepeats(body: string, label: string, from: number): boolean {
  for (let at = body.indexOf(label); at >= 0; at = body.indexOf(label, at + 1)) {
    if (at !== from && (at === 0 || body[at - 1] === '\n')) return true;
  }
  return false;
}

/** Splits the body into paragraphs (one per line), their quotations, sentences and tokens. */
export function segmentBody(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && body[s] === ' ') s++;
    while (e > s && body[e - 1] === ' ') e--;
    if (paragraphs.length < DATELINE_PARAGRAPHS) s += datelineLength(body, s, e);
    if (e > s) {
      const quotes = findQuotes(body, s, e);
      const previous = paragraphs[paragraphs.length - 1];
      const startsWithQuote = quotes.length > 0 && quotes[0].open === s;
      paragraphs.push({
        index: paragraphs.length,
        start: s,
        end: e,
        quotes,
        sentences: splitSentences(body, s, e, quotes),
        continuesQuote: !!previous?.leavesQuoteOpen && startsWithQuote,
        leavesQuoteOpen: quotes.length > 0 && !quotes[quotes.length - 1].closed,
      });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

function wordBefore(text: string, pos: number, floor: number): string {
  let k = pos;
  while (k > floor && (LETTER_OR_DIGIT.test(text[k - 1]) || text[k - 1] === '.') && pos - k < 20) k--;
  return text.slice(k, pos);
}

/**
 * Sentence boundaries: . ! ? followed by space and a capital, a digit or an opening quote; never
 * inside a quotation except at its last mark; not after abbreviations or initials. A period glued to
 * a capitalised word ("games.Ukraine") also ends a sentence, which scraped text often needs.
 */
function splitSentences(text: string, from: number, to: number, quotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  let q = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    while (q < quotes.length && quotes[q].close < i) q++;
    const inside = q < quotes.length && quotes[q].open < i && i < quotes[q].close;
    let after = i + 1;
    while (after < to && (text[after] === '.' || text[after] === '!' || text[after] === '?')) after++;
    if (inside) {
      const span = quotes[q];
      if (after !== span.close || !span.closed) continue;
      after = span.close + 1;
      // ‘...?’ Mr Adeyemi said. — the cue after a closing quote belongs to the same sentence.
      if (CUE_AFTER_QUOTE.test(text.slice(after, Math.min(to, after + 60)))) continue;
    }
    while (after < to && (text[after] === ')' || text[after] === ']' || text[after] === '”' || text[after] === '’')) after++;
    if (after >= to) break;
    let boundary = false;
    if (text[after] === ' ') {
      let next = after;
      while (next < to && text[next] === ' ') next++;
      const c = text[next];
      boundary = UPPER.test(c) || /\d/.test(c) || OPENING_MARKS.includes(c);
      if (boundary && ch === '.') {
        const w = wordBefore(text, i, start).toLowerCase();
        const bare = w.replace(/\.$/, '');
        if (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
          boundary = /^(?:the|it|he|she|they|but|in|on|a|this|that|we|i)\b/i.test(text.slice(next, next + 5)) && bare.length > 2;
        }
      }
    } else if (ch === '.' && !inside && UPPER.test(text[after] ?? '') && LOWER.test(text[after + 1] ?? '')) {
      boundary = LOWER.test(text[i - 1] ?? '') && LOWER.test(text[i - 2] ?? '');
    }
    if (!boundary) continue;
    sentences.push({ start, end: after, tokens: tokenize(text, start, after, quotes) });
    start = after;
    while (start < to && text[start] === ' ') start++;
    i = start - 1;
  }
  if (start < to) sentences.push({ start, end: to, tokens: tokenize(text, start, to, quotes) });
  return sentences;
}

// "IT contractor", "the WHO": acronyms spelled like function words keep their case, so no rule reads them as "it" or "who".
const ACRONYM_HOMOGRAPHS = new Set(['IT', 'WHO']);

/** "al-Mansouri", "el-Sisi", "bin-Talal": an article or patronymic particle and a capitalised name. */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn)-\p{Lu}/u;

function makeToken(text: string, start: number, end: number, quote: number, mark: Token['mark']): Token {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  return {
    text: t,
    lower: ACRONYM_HOMOGRAPHS.has(t) ? t : t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase(),
    start,
    end,
    word: LETTER_OR_DIGIT.test(t[0] ?? ''),
    // "Majed al-Mansouri", "Abdel Fattah el-Sisi": a lower-case Arabic article hyphened to a name is part of it.
    cap: c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && ARTICLE_NAME.test(t)) : UPPER.test(t[0] ?? ''),
    quote,
    mark,
    // Set on every token so that all tokens share one shape (V8 keeps property reads monomorphic).
    givenName: false,
  };
}

/** First quotation whose closing mark is at or after pos (binary search; quotes are in order). */
function firstQuoteEndingAfter(quotes: QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].close < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DIGIT = /\d/;

/** A closed quote of one or two capitalised words, right after a capitalised word and right before another. */
function isNickname(text: string, q: QuoteSpan, previous: Token | undefined): boolean {
  if (!q.closed || !previous || !previous.cap || !previous.word || previous.quote !== -1 || q.innerEnd - q.innerStart > 24) return false;
  if (!/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(text.slice(q.innerStart, q.innerEnd))) return false;
  return text[q.open - 1] === ' ' && /^ \p{Lu}\p{Ll}/u.test(text.slice(q.close + 1, q.close + 4));
}

/** Words (with inner apostrophes, hyphens, dots and ampersands), quotation marks and single punctuation. */
export function tokenize(text: string, from: number, to: number, quotes: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let q = firstQuoteEndingAfter(quotes, from);
  const quoteAt = (pos: number) => {
    while (q < quotes.length && quotes[q].close < pos) q++;
    return q < quotes.length && quotes[q].open <= pos ? q : -1;
  };
  const isMark = (pos: number) => {
    const k = quoteAt(pos);
    return k >= 0 && (quotes[k].open === pos || (quotes[k].closed && quotes[k].close === pos));
  };
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n') {
      i++;
      continue;
    }
    const k = quoteAt(i);
    // 'Mike “Sully” Sullivan': a quoted nickname between two parts of a name is left out of the words.
    if (k >= 0 && quotes[k].open === i && isNickname(text, quotes[k], tokens[tokens.length - 1])) {
      i = quotes[k].close + 1;
      continue;
    }
    if (k >= 0 && quotes[k].open === i) {
      const length = quotes[k].innerStart - quotes[k].open;
      tokens.push(makeToken(text, i, i + length, k, 'open'));
      i += length;
      continue;
    }
    if (k >= 0 && quotes[k].closed && quotes[k].close === i) {
      const length = text[i] === "'" && text[i + 1] === "'" ? 2 : 1;
      tokens.push(makeToken(text, i, i + length, k, 'close'));
      i += length;
      continue;
    }
    if (LETTER_OR_DIGIT.test(ch)) {
      let j = i + 1;
      while (j < to && j - i < MAX_WORD) {
        const c = text[j];
        if (LETTER_OR_DIGIT.test(c)) j++;
        else if ((c === "'" || c === '’' || c === '-' || c === '.' || c === '&') && LETTER_OR_DIGIT.test(text[j + 1] ?? '') && !isMark(j)) j++;
        // "2,300", "1,600": a thousands separator between digits stays inside the number.
        else if (c === ',' && DIGIT.test(text[j - 1]) && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5))) j++;
        else break;
      }
      // Keep the final dot of dotted abbreviations ("U.S.") and the apostrophe of plural possessives ("Workers' Union").
      if (text[j] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(text.slice(i, j))) j++;
      else if ((text[j] === "'" || text[j] === '’') && text[j - 1] === 's' && text[j + 1] === ' ' && !isMark(j)) j++;
      splitGlued(text, i, j, k, tokens);
      i = j;
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, k, null));
    i++;
  }
  markMonthsAsNames(tokens);
  return tokens;
}

// "in June", "since May", "last April": a month after these words is a date, whatever follows it.
const BEFORE_DATES = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'during', 'from', 'last', 'next', 'early', 'late', 'mid', 'this', 'of', 'through', 'to', 'before', 'after', 'between', 'and', 'or', 'that', 'each', 'every']);

/** "Jun Sato said", "May Chen": a capitalised month followed by a capitalised word is a first name. */
function markMonthsAsNames(tokens: Token[]) {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || !MONTH_NAMES.has(t.lower)) continue;
    const next = tokens[k + 1];
    const previous = tokens[k - 1];
    if (next.word && next.cap && !/^\d/.test(next.text) && !MONTH_NAMES.has(next.lower) && !(previous?.word && BEFORE_DATES.has(previous.lower))) t.givenName = true;
  }
}

/** "saidhe" → "said" "he"; "thatRussia" → "that" "Russia": word breaks lost when the page was scraped. */
function splitGlued(text: string, start: number, end: number, quote: number, out: Token[]) {
  // Glued words start with a speech verb ("said", "says", "told", "added") or with "that", "to", "and", "with":
  // reject every other word on its first letter, before any string work.
  const first = text.charCodeAt(start);
  if (end - start < 5 || (first !== 115 && first !== 116 && first !== 97 && first !== 119)) {
    out.push(makeToken(text, start, end, quote, null));
    return;
  }
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  for (const verb of GLUE_VERBS) {
    if (lower.length > verb.length && lower.startsWith(verb) && GLUE_TAILS.has(lower.slice(verb.length))) {
      out.push(makeToken(text, start, start + verb.length, quote, null));
      out.push(makeToken(text, start + verb.length, end, quote, null));
      return;
    }
  }
  const m = /^(that|with|to|and)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (m) {
    out.push(makeToken(text, start, start + m[1].length, quote, null));
    out.push(makeToken(text, start + m[1].length, end, quote, null));
    return;
  }
  out.push(makeToken(text, start, end, quote, null));
}
