import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import { generateSyntheticArticles } from "../../scripts/lib/synthetic-corpus";
import type { ExtractedArticle } from "../extraction";
import { contentHash, EmptyArticleError, ingestArticle, storeExtractedArticles } from "./ingest-article";
import { ingestFiles } from "./ingest-files";

const seedsDir = path.resolve(import.meta.dirname, "../../seeds");
const { prisma } = await createTestDatabase();

beforeAll(async () => {
  await ingestFiles(prisma, [seedsDir]);
});
afterAll(() => prisma.$disconnect());

describe("ingestArticle", () => {
  it("stores every seed article with its statements", async () => {
    expect(await prisma.source.count()).toBe(5);
    expect(await prisma.statement.count()).toBeGreaterThan(50);
    const source = await prisma.source.findFirstOrThrow({ where: { fileName: "000_e3bbad9c40fcc501.txt" } });
    expect(source.outlet).toBe("DW");
    expect(source.publishedOn).toBe("2022-01-18");
  });

  it("is idempotent: ingesting the seeds again changes nothing", async () => {
    const before = { sources: await prisma.source.count(), statements: await prisma.statement.count(), speakers: await prisma.speaker.count() };
    const results = await ingestFiles(prisma, [seedsDir]);
    expect(results.every((r) => r.status === "duplicate")).toBe(true);
    expect({ sources: await prisma.source.count(), statements: await prisma.statement.count(), speakers: await prisma.speaker.count() }).toEqual(before);
  });

  it("keeps one speaker row across articles, with the aliases each article used", async () => {
    const speakers = await prisma.speaker.findMany({ where: { name: "Jens Stoltenberg" }, include: { aliases: true } });
    expect(speakers).toHaveLength(1);
    const sources = await prisma.statement.groupBy({ by: ["sourceId"], where: { speakerId: speakers[0].id } });
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(speakers[0].slug).toBe("jens-stoltenberg");
    expect(speakers[0].aliases.map((a) => a.normalized)).toContain("stoltenberg");
  });

  it("keeps offsets that point at the statement in the stored body", async () => {
    const statements = await prisma.statement.findMany({ include: { source: { select: { body: true } } } });
    for (const s of statements) {
      expect(s.startOffset).toBeGreaterThanOrEqual(0);
      expect(s.endOffset).toBeGreaterThan(s.startOffset);
      expect(s.endOffset).toBeLessThanOrEqual(s.source.body.length);
    }
  });

  it("dates a statement by its said-on date, else the publication date", async () => {
    const statements = await prisma.statement.findMany({ include: { source: { select: { publishedOn: true } } } });
    for (const s of statements) expect(s.date).toBe(s.saidOn ?? s.source.publishedOn);
  });

  it("reports the same article pasted again as a duplicate, whatever its whitespace", async () => {
    const raw = fs.readFileSync(path.join(seedsDir, "002_bfe3a0c3a8f9cb13.txt"), "utf8");
    const result = await ingestArticle(prisma, raw.replace(/\n/g, "\n\n"));
    expect(result.status).toBe("duplicate");
  });

  it("refuses an article with no text and stores nothing", async () => {
    const before = await prisma.source.count();
    await expect(ingestArticle(prisma, "")).rejects.toBeInstanceOf(EmptyArticleError);
    await expect(ingestArticle(prisma, "   \n\n  ")).rejects.toBeInstanceOf(EmptyArticleError);
    expect(await prisma.source.count()).toBe(before);
  });

  it("hashes bodies with whitespace folded", () => {
    expect(contentHash("a  b\n\nc")).toBe(contentHash("a b c"));
    expect(contentHash("a b c")).not.toBe(contentHash("a b d"));
  });

  it("stores a batch through the bulk variant with the same rules: one row a speaker, duplicates skipped", async () => {
    const articles = [...generateSyntheticArticles({ statements: 400, seed: 3 })];
    const first = await storeExtractedArticles(prisma, articles);
    expect(first).toEqual({ created: articles.length, duplicates: 0, statements: 400 });
    const names = new Set(articles.flatMap((a) => Object.keys(a.speakers)));
    expect(await prisma.speaker.count({ where: { name: { in: [...names] } } })).toBe(names.size);
    expect(await storeExtractedArticles(prisma, articles)).toEqual({ created: 0, duplicates: articles.length, statements: 0 });
  });

  it("bulk batches sharing a speaker cache store each alias once, whichever name of the speaker brings it", async () => {
    const article = (n: number, name: string, aliases: string[]): ExtractedArticle => {
      const text = `Alliance statement number ${n} on the cache test`;
      return {
        article: `alias-cache-${n}.txt`,
        meta: { title: `Alias cache ${n}`, published: "2024-01-0" + n, published_text: null, url: null, outlet: "Cache Wire" },
        body: `${name} said ${text}.`,
        speakers: { [name]: { aliases, role: null, kind: "person" } },
        statements: [{ speaker: name, mention: name, type: "indirect", text, cue: "said", said_on: null, start: name.length + 6, end: name.length + 6 + text.length }],
      };
    };
    const speakers = new Map();
    await storeExtractedArticles(prisma, [article(1, "Ola Cachetest", ["Cachetest"])], { speakers });
    await storeExtractedArticles(prisma, [article(2, "Cachetest", ["Ola Cachetest"])], { speakers });
    await storeExtractedArticles(prisma, [article(3, "Ola Cachetest", ["O. Cachetest"])], { speakers });
    await storeExtractedArticles(prisma, [article(4, "Cachetest", ["O. Cachetest"])], { speakers });
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { slug: "ola-cachetest" }, include: { aliases: true, _count: { select: { statements: true } } } });
    expect(speaker._count.statements).toBe(4);
    expect(speaker.aliases.map((a) => a.normalized).sort()).toEqual(["cachetest", "o cachetest", "ola cachetest"]);
  });
});
