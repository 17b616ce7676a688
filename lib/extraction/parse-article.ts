import type { ArticleMeta } from './types';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?,?\\s+)?';
const TIME_TAIL = '(?:[\\s,]+(?:at\\s+)?\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';

// Date lines are short and fully anchored, so these patterns cannot run away on long input.
const DATE_PATTERNS: Array<{ re: RegExp; read: (m: RegExpMatchArray) => [number | null, number, number] }> = [
  { re: /^(\d{4})(\d{2})(\d{2})$/, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{4})\/(\d{2})\/(\d{2})$/, read: (m) => [+m[1], +m[2], +m[3]] },
  {
    re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${TIME_TAIL}$`, 'i'),
    read: (m) => [m[3] ? +m[3] : null, MONTH_NUMBERS[m[1].slice(0, 3).toLowerCase()], +m[2]],
  },
  {
    re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${TIME_TAIL}$`, 'i'),
    read: (m) => [m[3] ? +m[3] : null, MONTH_NUMBERS[m[2].slice(0, 3).toLowerCase()], +m[1]],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a date line in any of the forms people paste. Returns the ISO date (null when the year is
 * missing, as in "12 Jan") or null when the line is not a date at all.
 */
export function parseDateLine(line: string): { iso: string | null; text: string } | null {
  const text = line
    .trim()
    .replace(/^(?:published|updated|posted|last updated|date)(?:\s+on)?\s*:?\s*/i, '')
    .trim();
  if (!text || text.length > 60) return null;
  for (const { re, read } of DATE_PATTERNS) {
    const m = text.match(re);
    if (!m) continue;
    const [y, mo, d] = read(m);
    if (!mo || d < 1 || d > 31) continue;
    if (y === null) return { iso: null, text };
    if (!validDate(y, mo, d)) continue;
    return { iso: `${y}-${pad(mo)}-${pad(d)}`, text };
  }
  return null;
}

const KNOWN_OUTLETS: Record<string, string> = {
  'dw.com': 'DW', 'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post', 'theguardian.com': 'The Guardian', 'reuters.com': 'Reuters',
  'apnews.com': 'AP', 'voanews.com': 'VOA', 'cnn.com': 'CNN', 'aljazeera.com': 'Al Jazeera',
  'ft.com': 'Financial Times', 'wsj.com': 'The Wall Street Journal', 'politico.com': 'Politico',
  'politico.eu': 'Politico', 'euronews.com': 'Euronews', 'france24.com': 'France 24', 'npr.org': 'NPR',
  'cbsnews.com': 'CBS News', 'nbcnews.com': 'NBC News', 'foxnews.com': 'Fox News', 'bloomberg.com': 'Bloomberg',
  'economist.com': 'The Economist', 'independent.co.uk': 'The Independent', 'telegraph.co.uk': 'The Telegraph',
};

const OUTLET_WORDS = [
  'chronicle', 'review', 'post', 'courier', 'daily', 'weekly', 'weekender', 'times', 'news', 'observer', 'herald',
  'tribune', 'gazette', 'journal', 'ledger', 'report', 'record', 'mirror', 'express', 'standard', 'telegraph',
  'guardian', 'independent', 'star', 'sun', 'mail', 'monitor', 'press', 'bulletin', 'dispatch', 'examiner',
  'business', 'health', 'valley', 'capital', 'health', 'lines', 'world', 'today', 'online', 'wire',
].sort((a, b) => b.length - a.length);

/** Splits a run-together domain label into words using common newspaper words ("portburypost" → "Portbury Post"). */
function labelToName(label: string): string {
  const parts: string[] = [];
  let rest = label.toLowerCase().replace(/[^a-z0-9-]/g, '');
  if (rest.includes('-')) return rest.split('-').filter(Boolean).map(capitalise).join(' ');
  const tail: string[] = [];
  for (let guard = 0; guard < 6 && rest.length > 3; guard++) {
    const word = OUTLET_WORDS.find((w) => rest.endsWith(w) && rest.length > w.length + 2);
    if (!word) break;
    tail.unshift(word);
    rest = rest.slice(0, -word.length);
  }
  if (rest) parts.push(rest);
  parts.push(...tail);
  if (parts.length === 1 && parts[0].length <= 4) return parts[0].toUpperCase();
  return parts.map(capitalise).join(' ');
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0].toLowerCase().replace(/^www\d?\./, '');
  if (!host) return null;
  if (KNOWN_OUTLETS[host]) return KNOWN_OUTLETS[host];
  const labels = host.split('.');
  const known = Object.keys(KNOWN_OUTLETS).find((d) => host.endsWith('.' + d));
  if (known) return KNOWN_OUTLETS[known];
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]);
  const label = labels[labels.length - (secondLevel ? 3 : 2)] ?? labels[0];
  return label ? labelToName(label) : null;
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

// Whole lines that are page furniture, not article text.
const DEBRIS_LINES: RegExp[] = [
  /^to view this video please enable javascript/i,
  /^please use (?:chrome|a different) browser/i,
  /^(?:share|share this|share on \w+|share via \w+|tweet|copy link|email|print|comment|comments|post comment|advertisement|advert|subscribe|sign up|skip to content|loading\.*|menu|close)\s*\*?$/i,
  /^(?:name|email|website)\s*\*?$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^save my name, email, and website/i,
  /^source site-\d+$/i,
  /^[.\-–—•*|]+$/,
  /^\d+\s*[+\-x×]\s*[\w-]+\s*=\s*\S*$/i,
  /^(?:image|photo|picture|video)\s*(?:credit)?\s*:/i,
  /^\(?(?:reporting|additional reporting|editing|writing) by [^)]*\)?$/i,
  /^(?:©|copyright\b|all rights reserved)/i,
  /^click here\b/i,
];

// A marker after which the rest of the page is a comment form.
const TAIL_MARKERS = /^(?:leave a reply|leave a comment|comments|post a comment)\s*:?$/i;
// A marker followed by a list of links to other stories (headlines without a full stop).
const LINK_LIST_MARKERS = /^(?:related articles|related stories|related|read more|more on this story|you may also like|recommended|more from [\w ]+|most read)\s*:?$/i;

function isDebris(line: string): boolean {
  return DEBRIS_LINES.some((re) => re.test(line));
}

const foldTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Removes control characters and unifies line breaks; keeps every printable character. */
function normaliseText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ');
  return text.replace(/[\u00A0\u2007\u202F\t]/g, ' ').replace(/[\u2028\u2029]/g, '\n');
}

/**
 * Splits a pasted article into its header (title, date, URL) and a cleaned body. The header is read
 * from the first few lines; debris lines are removed anywhere.
 */
export function parseArticle(raw: string): { meta: ArticleMeta; body: string } {
  const text = normaliseText(typeof raw === 'string' ? raw : '');
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const meta: ArticleMeta = { title: null, published: null, published_text: null, url: null, outlet: null };

  let i = 0;
  const nextNonEmpty = () => {
    while (i < lines.length && !lines[i].trim()) i++;
  };
  const body: string[] = [];
  const headerLimit = Math.min(lines.length, 12);
  let sawBody = false;

  for (i = 0; i < headerLimit && !sawBody; ) {
    nextNonEmpty();
    if (i >= headerLimit) break;
    const line = lines[i].trim();
    const dateLead = line.match(/^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i);
    if (dateLead && !meta.published_text) {
      const parsed = parseDateLine(dateLead[1]);
      meta.published = parsed?.iso ?? null;
      meta.published_text = dateLead[1];
      if (dateLead[2]) {
        lines[i] = dateLead[2];
        sawBody = true;
        break;
      }
      i++;
      continue;
    }
    const date = parseDateLine(line);
    if (date && !meta.published_text) {
      meta.published = date.iso;
      meta.published_text = date.text;
      i++;
      continue;
    }
    if (URL_LINE.test(line) && !meta.url) {
      meta.url = line.startsWith('www.') ? `https://${line}` : line;
      i++;
      continue;
    }
    if (isDebris(line) || /^by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*[,|–-]\s*.*)?$/.test(line)) {
      i++;
      continue;
    }
    if (meta.title === null && body.length === 0 && i === firstNonEmpty(lines) && looksLikeTitle(line)) {
      meta.title = line;
      i++;
      continue;
    }
    if (meta.title !== null && line.length <= meta.title.length && foldTitle(meta.title).includes(foldTitle(line)) && foldTitle(line)) {
      i++;
      continue;
    }
    sawBody = true;
  }

  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) {
      if (body.length && body[body.length - 1] !== '') body.push('');
      continue;
    }
    if (TAIL_MARKERS.test(line) && i > lines.length * 0.4) break;
    if (LINK_LIST_MARKERS.test(line)) {
      while (i + 1 < lines.length && (!lines[i + 1].trim() || !/[.!?]["”’»)]*$/.test(lines[i + 1].trim()))) i++;
      continue;
    }
    if (isDebris(line)) continue;
    if (!meta.url && URL_LINE.test(line)) {
      meta.url = line;
      continue;
    }
    body.push(line);
  }
  while (body.length && body[body.length - 1] === '') body.pop();
  meta.outlet = outletFromUrl(meta.url);
  return { meta, body: body.join('\n') };
}

function firstNonEmpty(lines: string[]): number {
  for (let k = 0; k < lines.length; k++) if (lines[k].trim()) return k;
  return -1;
}

/** A headline is short and does not read like a sentence of running text. */
function looksLikeTitle(line: string): boolean {
  if (line.length > 250) return false;
  const wordCount = line.split(/\s+/).length;
  if (wordCount > 30) return false;
  return !/[.!]["”’]?$/.test(line) || wordCount <= 14;
}
