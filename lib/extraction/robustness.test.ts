import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** Checks the article is well formed: offsets inside the body and every speaker in the table. */
function checkShape(raw: string) {
  const a = extractArticle(raw);
  for (const s of a.statements) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(a.body.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    if (s.speaker) expect(a.speakers[s.speaker]).toBeDefined();
  }
  return a;
}

const pieces = fc.constantFrom(
  '"', '“', '”', '‘', '’', "'", "''", '«', '»', ',', '.', ':', ';', '?', '!', ' ', '\n', '\n\n', 'said', 'says', 'told',
  'according to', 'He', 'she', 'Smith', 'Jane Doe', 'the minister', 'and', 'that', 'on Tuesday', 'U.S.', 'Mr',
  '20220118', 'date 2022-01-20', 'https://www.dw.com/x', 'Related Articles', 'saidhe', 'who', ',"', '."', '\u0000',
);
const articleLike = fc.array(pieces, { maxLength: 400 }).map((parts) => parts.join(' '));

/** Best of three extraction times, in milliseconds, so JIT warm-up and GC pauses do not count. */
/**
 * Best of three runs in CPU milliseconds: time spent waiting for a busy machine's cores is not
 * counted, so the ratios below measure the algorithm rather than the load.
 */
function timeOf(raw: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    extractArticle(raw);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('robustness', () => {
  it('never throws on empty, binary, control or unbalanced input', () => {
    for (const raw of ['', ' ', '\n\n\n', '"', '““““', '‘’‘’', 'said said said', '\uFEFF\u0000\u0001', ':', 'A: B: C:']) checkShape(raw);
    const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    checkShape(binary);
    expect(checkShape(undefined as unknown as string).statements).toEqual([]);
  });

  it('never throws on random article-like text (property)', () => {
    fc.assert(fc.property(articleLike, (raw) => {
      checkShape(raw);
    }), { numRuns: 300 });
  });

  it('never throws on arbitrary unicode strings (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (raw) => {
      checkShape(raw);
    }), { numRuns: 200 });
  });

  it('handles 5 MB inputs, including one line with no punctuation, in linear time', () => {
    const unit = 'Jens Stoltenberg said "the risk is real, and allies call on Russia to de-escalate," he added. ';
    const fiveMb = unit.repeat(Math.ceil(5e6 / unit.length));
    const noPunctuation = 'word '.repeat(1e6);
    const openQuotes = '“ said Smith '.repeat(4e5);
    for (const raw of [fiveMb, noPunctuation, openQuotes]) checkShape(raw);
    // Doubling the input should roughly double the time (allow generous noise), never square it.
    const small = unit.repeat(2000);
    const large = unit.repeat(8000);
    const tSmall = Math.max(timeOf(small), 1);
    const tLarge = timeOf(large);
    expect(tLarge / tSmall).toBeLessThan(16);
  }, 120_000);

  it('stays linear on adversarial repetitions (property)', () => {
    // Eight times the input may take about eight times as long; a quadratic path would take 64 times.
    fc.assert(fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
      const unit = parts.join(' ') + ' ';
      const small = unit.repeat(Math.ceil(25_000 / unit.length));
      const large = unit.repeat(Math.ceil(200_000 / unit.length));
      timeOf(small);
      const tSmall = Math.max(timeOf(small), 5);
      const tLarge = timeOf(large);
      expect(tLarge / tSmall).toBeLessThan(40);
    }), { numRuns: 25 });
  }, 120_000);
});
