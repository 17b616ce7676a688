import * as chrono from 'chrono-node';

// Only text that names a day can give a said-on date; this cheap test keeps chrono off most sentences.
const DAY_WORDS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\btonight\b|\blast night\b|\bthis (?:morning|afternoon|evening)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
const VAGUE = /\b(?:week|month|year|weekend|season|days)\b/i;
const MAX_TEXT = 400;

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Weekdays and "yesterday"-type words need no parser; chrono handles month-and-day dates.
const SIMPLE_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b/gi;
// "by Tuesday morning", "into Saturday", "until Friday": a deadline or a forecast, not when the words were said.
const NOT_SPEECH_DAY = /\b(?:by|until|till|before|into|from|next|since|through|during|ahead of|as of|starting)\s+(?:late\s+|early\s+)?$/i;

const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The first day word in the text that can date speech, skipping deadlines and forecasts. */
function speechDay(text: string): RegExpExecArray | null {
  SIMPLE_DAY.lastIndex = 0;
  for (let m = SIMPLE_DAY.exec(text); m; m = SIMPLE_DAY.exec(text)) {
    if (!NOT_SPEECH_DAY.test(text.slice(Math.max(0, m.index - 20), m.index))) return m;
  }
  return null;
}

function simpleDay(word: string, published: string): string | null {
  if (word === 'yesterday' || word === 'last night') return addDays(published, -1);
  if (word === 'today' || word === 'tonight' || word.startsWith('this ')) return published;
  const target = WEEKDAY_NAMES.indexOf(word);
  if (target < 0) return null;
  const day = new Date(`${published}T12:00:00Z`).getUTCDay();
  return addDays(published, -((day - target + 7) % 7));
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day a weekday or "yesterday"-type word in the text names, relative to publication; no month dates. */
export function resolveRelativeDay(text: string, published: string | null): string | null {
  if (!published || !text) return null;
  const simple = speechDay(text);
  return simple ? simpleDay(simple[0].toLowerCase(), published) : null;
}

/**
 * The calendar date a statement was made, read from the words around its cue ("said on Tuesday",
 * "On Monday, ... she warned") relative to the publication date. Speech is reported after the fact,
 * so a bare weekday means the latest such day on or before publication. Null when the text gives no
 * day or the publication date is unknown.
 */
export function resolveSaidOn(cueText: string, published: string | null): string | null {
  if (!published || !cueText || !DAY_WORDS.test(cueText)) return null;
  if (!MONTH_DAY.test(cueText)) {
    const simple = speechDay(cueText);
    return simple ? simpleDay(simple[0].toLowerCase(), published) : null;
  }
  const text = cueText.length > MAX_TEXT ? cueText.slice(0, MAX_TEXT) : cueText;
  const [y, m, d] = published.split('-').map(Number);
  const reference = new Date(y, m - 1, d, 12);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, reference);
  } catch {
    return null;
  }
  for (const r of results) {
    if (VAGUE.test(r.text) || NOT_SPEECH_DAY.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    const s = r.start;
    const weekday = s.isCertain('weekday') && !s.isCertain('day');
    const relativeDay = /\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b/i.test(r.text);
    if (!weekday && !relativeDay && !s.isCertain('day')) continue;
    const iso = `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    if (weekday && iso > published) return addDays(iso, -7);
    if (!s.isCertain('year') && !weekday && !relativeDay && iso > published) return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
    return iso;
  }
  return null;
}
