import { createHash } from "node:crypto";

// The pure half of grouping "the same statement across outlets": how wording is normalized,
// how alike two wordings are, and which words are worth asking the full-text index about.

/** Function words: they carry no meaning of their own, so they neither find candidates nor make two wordings alike. */
const STOPWORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its " +
    "me my no not of on or our she so than that the their them then there these they this those to us was we were what when " +
    "which while who will with would you your said says say told also just very more most over about after before up out " +
    "i'm we're it's that's there's they're we've we'll i've don't won't can't isn't"
  ).split(" "),
);

/**
 * The words of a statement, compared loosely: case, accents, curly quotes, punctuation and
 * thousands separators do not matter (`“The Risk”` = `the risk`, `30,000` = `30000`).
 */
export function statementWords(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\d)[,.](?=\d{3}\b)/g, "$1");
  return folded.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words that carry the meaning: no function words, no single letters. */
export function contentWords(text: string): string[] {
  return statementWords(text).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/** Below this many content words a wording is too generic to match by containment ("It is real"). */
const MIN_SHARED_WORDS = 3;

/** Two wordings scoring at least this are one statement. Calibrated on the seeds' gold statements. */
export const SAME_STATEMENT_THRESHOLD = 0.75;

/**
 * How alike two wordings are, from 0 to 1: the share of the shorter wording's content words that
 * the other one has too (the overlap coefficient of the two word sets). Word order, repeats and
 * function words are ignored, and a quote trimmed or run on by one outlet still scores high.
 * Short wordings only match when their content words are exactly the same, and at least
 * MIN_SHARED_WORDS words must be shared otherwise, so two generic phrases never look alike.
 */
export function wordingSimilarity(a: string, b: string): number {
  const setA = new Set(contentWords(a));
  const setB = new Set(contentWords(b));
  const smaller = Math.min(setA.size, setB.size);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  if (smaller < MIN_SHARED_WORDS) {
    const sameWords = shared === setA.size && shared === setB.size;
    if (!sameWords) return 0;
    // No content words at all: compare the whole wording.
    return smaller > 0 || statementWords(a).join(" ") === statementWords(b).join(" ") ? 1 : 0;
  }
  return shared / smaller;
}

/** The pool of words that may find earlier reports: the longest content words, at most `limit`. */
export function candidateTerms(text: string, limit = 8): string[] {
  const unique = [...new Set(contentWords(text))];
  return unique.sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).slice(0, limit);
}

/** A word of the pool and in how many statements it occurs, counted up to a cap. */
export interface TermFrequency {
  term: string;
  docs: number;
}

/** A full-text query for earlier reports, and whether to rank its hits by relevance or take the newest. */
export interface CandidateSearch {
  match: string;
  ranked: boolean;
}

/**
 * The full-text search that finds earlier reports of a statement in time that does not grow with
 * the table. Its rarest words (each in fewer than `rareBelow` statements), ORed and ranked, so the
 * index ranks a bounded set of rows. A statement made only of common words asks for its three
 * longest words together and takes the newest hits, which the index reads without ranking them
 * all. Null when there is nothing to ask.
 */
export function candidateSearch(pool: TermFrequency[], rareBelow: number, maxTerms = 4): CandidateSearch | null {
  const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
  const rare = pool
    .filter((t) => t.docs < rareBelow)
    .sort((a, b) => a.docs - b.docs)
    .slice(0, maxTerms);
  if (rare.length) return { match: rare.map((t) => quote(t.term)).join(" OR "), ranked: true };
  return pool.length ? { match: pool.slice(0, 3).map((t) => quote(t.term)).join(" AND "), ranked: false } : null;
}

/** The key of an exact rewording: same speaker, same words in the same order. */
export function statementFingerprint(text: string, speakerId: number | null): string {
  const words = statementWords(text).join(" ");
  return createHash("sha256").update(`${speakerId ?? "?"}|${words}`).digest("hex").slice(0, 32);
}
