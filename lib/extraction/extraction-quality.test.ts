import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, mergeSpeakersAcrossArticles } from './index';

// The shared scorer lives outside the repository; these checks run only where it is present.
const ROOT = path.resolve(__dirname, '../..');
const SCORER = path.resolve(ROOT, '../shared/eval/score.mjs');
const SETS = [
  { name: 'seed articles', articles: path.resolve(ROOT, '../shared/seeds'), gold: path.resolve(ROOT, '../shared/gold') },
  { name: 'fixture articles', articles: path.join(__dirname, 'fixtures/articles'), gold: path.join(__dirname, 'fixtures/gold') },
];
const MIN_F1 = '0.9';

/** Extracts a folder the way `npm run extract` does and writes the JSON lines to a temporary file. */
function predict(folder: string): string {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((f) => extractArticle(fs.readFileSync(path.join(folder, f), 'utf8'), { fileName: f }));
  const lines = mergeSpeakersAcrossArticles(articles).map(({ body: _body, ...rest }) => JSON.stringify(rest));
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-extract-')), 'pred.jsonl');
  fs.writeFileSync(out, lines.join('\n') + '\n');
  return out;
}

describe('extraction quality against the shared scorer', () => {
  for (const set of SETS) {
    const missing = [SCORER, set.articles, set.gold].find((p) => !fs.existsSync(p));
    it.skipIf(!!missing)(`reaches end-to-end F1 >= ${MIN_F1} on the ${set.name}${missing ? ` (skipped: ${missing} not found)` : ''}`, () => {
      const pred = predict(set.articles);
      const run = () => execFileSync(process.execPath, [SCORER, '--gold', set.gold, '--pred', pred, '--min-f1', MIN_F1], { encoding: 'utf8' });
      let report = '';
      expect(() => {
        report = run();
      }).not.toThrow();
      expect(report).toMatch(/end-to-end/);
    });
  }
});
