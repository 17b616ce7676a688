import fs from "node:fs";
import path from "node:path";

// Raw article texts for throughput benchmarks: a header (title, date, URL) and ~4 KB of paragraphs
// drawn from the seed and fixture articles, so extraction meets real sentences and real quotes.

const root = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["../shared/seeds", "seeds", "lib/extraction/fixtures/articles"].map((dir) => path.resolve(root, dir));

function paragraphsFrom(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n"))
    .map((l) => l.trim())
    .filter((l) => l.length > 60);
}

/** `count` deterministic articles of about `targetBytes` each. */
export function buildRawArticles(count: number, targetBytes = 4096): string[] {
  const paragraphs = [...new Set(SOURCES.flatMap(paragraphsFrom))];
  if (!paragraphs.length) throw new Error("no seed or fixture articles found");
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const articles: string[] = [];
  for (let n = 0; n < count; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const lines = [`Bench article ${n}`, `2023-03-${day}`, `https://www.example-news.com/story/${n}`];
    let size = 0;
    while (size < targetBytes) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      lines.push(p);
      size += Buffer.byteLength(p) + 1;
    }
    articles.push(lines.join("\n"));
  }
  return articles;
}
