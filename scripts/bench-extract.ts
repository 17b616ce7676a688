// npm run bench:extract: single-core extraction throughput over a few thousand ~4 KB articles built
// by mixing the seed and fixture paragraphs.
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../lib/extraction';

// `--sources a,b` builds the corpus from other folders of articles (to compare code on one fixed corpus).
const sourcesFlag = process.argv.indexOf('--sources');
const SOURCES = sourcesFlag > 0 ? process.argv[sourcesFlag + 1].split(',') : ['../shared/seeds', 'lib/extraction/fixtures/articles'];
const ARTICLES = 3000;
const TARGET_BYTES = 4096;

function paragraphsFrom(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length > 60);
}

// A small deterministic generator so every run measures the same corpus.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const paragraphs = SOURCES.flatMap(paragraphsFrom);
if (!paragraphs.length) {
  console.error('bench-extract: no seed or fixture articles found');
  process.exit(1);
}
const corpus: string[] = [];
for (let n = 0; n < ARTICLES; n++) {
  const lines = [`Bench article ${n}`, '2023-03-14', `https://www.example-news.com/story/${n}`];
  let size = 0;
  while (size < TARGET_BYTES) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)];
    lines.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  corpus.push(lines.join('\n'));
}
const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a), 0);

for (let k = 0; k < 200; k++) extractArticle(corpus[k]);
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let statements = 0;
for (const a of corpus) statements += extractArticle(a).statements.length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
// CPU time is what one core spent; wall time also counts waiting when other processes share the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

console.log(`articles      ${ARTICLES} (avg ${(bytes / ARTICLES / 1024).toFixed(1)} KB), ${statements} statements`);
console.log(`time          ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread)`);
console.log(`throughput    ${(ARTICLES / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (wall clock)`);
console.log(`per CPU time  ${(ARTICLES / cpuSeconds).toFixed(0)} articles/s, ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB/s`);
