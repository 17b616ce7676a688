// npm run extract -- <files or folders>: one JSON line per article, in the gold files' shape.
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle, mergeSpeakersAcrossArticles, type ExtractedArticle } from '../lib/extraction';

function articleFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(target, f));
}

const targets = process.argv.slice(2);
if (!targets.length) {
  console.error('usage: npm run extract -- <article .txt files or folders>');
  process.exit(2);
}

const articles: ExtractedArticle[] = [];
for (const target of targets) {
  for (const file of articleFiles(target)) {
    articles.push(extractArticle(fs.readFileSync(file, 'utf8'), { fileName: path.basename(file) }));
  }
}
for (const { body: _body, ...line } of mergeSpeakersAcrossArticles(articles)) {
  process.stdout.write(JSON.stringify(line) + '\n');
}
