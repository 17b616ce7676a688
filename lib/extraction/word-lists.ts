import lists from '../generated/word-lists.json';

/**
 * Sorted lines of one long string, found by binary search. The dictionary and the name lists stay two
 * strings and two typed arrays, so they cost the garbage collector nothing however long the process runs.
 */
class SortedLines {
  private starts: Int32Array | null = null;

  constructor(
    private readonly text: string,
    /** the character that ends a line's key: "\n" for plain lines, "\t" for keyed records */
    private readonly keyEnd: number,
  ) {}

  /** The start of the line whose key is `key`, or -1. */
  find(key: string): number {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(starts[mid], key);
      if (c === 0) return starts[mid];
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The line starting at `start`, for reading a record's fields. */
  lineAt(start: number): string {
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }

  private compare(start: number, key: string): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const at = start + i;
      const c = at < text.length ? text.charCodeAt(at) : 10;
      const lineEnded = c === 10 || c === this.keyEnd;
      if (i === key.length) return lineEnded ? 0 : 1;
      if (lineEnded) return -1;
      const k = key.charCodeAt(i);
      if (c !== k) return c - k;
    }
  }
}

function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
  return starts;
}

const dictionary = new SortedLines(lists.words, 10);
const firstNames = new SortedLines(lists.names, 9);

/** True when the lower-case word is an English dictionary word (about 275,000 words, no proper nouns). */
export function isEnglishWord(lower: string): boolean {
  return dictionary.find(lower) >= 0;
}

export interface FirstNameRecord {
  /** "x": the lists disagree ("Andrea" is a man's name in Italy, a woman's in Germany) */
  gender: 'm' | 'f' | 'x';
  /** how many of the five languages' lists hold the name, all with this gender */
  sources: number;
  /** the English list holds it */
  english: boolean;
}

/** A first name in the multilingual lists, with the gender they give it, or null. */
export function firstNameRecord(lower: string): FirstNameRecord | null {
  const at = firstNames.find(lower);
  if (at < 0) return null;
  const [, gender, sources, english] = firstNames.lineAt(at).split('\t');
  return { gender: gender === 'm' || gender === 'f' ? gender : 'x', sources: Number(sources), english: english === '1' };
}
