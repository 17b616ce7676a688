import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeExtractedArticles } from "@/lib/ingest/ingest-article";
import { queryRaw, sqlDialect } from "@/lib/sql";
import { createTestDatabase } from "@/lib/testing/test-database";
import { generateSyntheticArticles } from "@/scripts/lib/synthetic-corpus";
import { loadStatementsSearchParams } from "./search-params";
import { COUNT_CAP } from "./statements-query";

// The shapes that keep the table fast on a large corpus (capped count, sort keys copied onto
// statements, ranked search before the join) must return what the plain query would.
const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;
const { getStatements } = await import("./queries");
const { prisma } = await import("@/lib/db");

const view = (query: string) => getStatements(loadStatementsSearchParams(new URLSearchParams(query)));

beforeAll(async () => {
  const articles = [...generateSyntheticArticles({ statements: COUNT_CAP + 500, seed: 11 })];
  for (let i = 0; i < articles.length; i += 200) await storeExtractedArticles(db.prisma, articles.slice(i, i + 200), { group: false });
}, 120_000);
afterAll(async () => {
  await db.prisma.$disconnect();
  await prisma.$disconnect();
});

/** Ids of the first `n` rows of a view, by the plain join-and-sort query the table used to run. */
async function referenceIds(orderBy: string, n: number, where = "1 = 1"): Promise<number[]> {
  const rows = await queryRaw<{ id: number | bigint }[]>(
    db.prisma,
    `SELECT s.id AS id FROM statements s JOIN sources so ON so.id = s.source_id LEFT JOIN speakers sp ON sp.id = s.speaker_id
     WHERE s.deleted_at IS NULL AND ${where} ORDER BY ${orderBy} LIMIT ?`,
    n,
  );
  return rows.map((r) => Number(r.id));
}

async function pageIds(query: string, pages: number): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; page <= pages; page++) ids.push(...(await view(`${query}&page=${page}`)).rows.map((r) => r.id));
  return ids;
}

describe("getStatements on a large corpus", () => {
  it("stops counting at the cap and says the total is a lower bound", async () => {
    const all = await view("");
    expect(all).toMatchObject({ total: COUNT_CAP, totalExact: false });
    // A page near the end counts through to it, so the last pages know their total.
    const rows = await db.prisma.statement.count({ where: { deletedAt: null } });
    expect(await view("page=420")).toMatchObject({ total: rows, totalExact: true });
    const speaker = all.rows[0].speaker!.slug;
    const exact = await db.prisma.statement.count({ where: { speaker: { slug: speaker }, deletedAt: null } });
    expect(await view(`speaker=${speaker}`)).toMatchObject({ total: exact, totalExact: exact <= COUNT_CAP });
  });

  it("sorts by speaker and source as the join on their names did", async () => {
    expect(await pageIds("sort=speaker.asc", 3)).toEqual(await referenceIds("lower(sp.name) ASC NULLS LAST, s.id ASC", 75));
    expect(await pageIds("sort=speaker.desc", 2)).toEqual(await referenceIds("lower(sp.name) DESC NULLS LAST, s.id DESC", 50));
    expect(await pageIds("sort=source.asc", 2)).toEqual(await referenceIds("lower(so.title) ASC NULLS LAST, s.id ASC", 50));
  });

  it("keeps the speaker sort key in step with renames and speaker corrections", async () => {
    const first = (await view("sort=speaker.asc")).rows[0];
    await db.prisma.speaker.update({ where: { id: first.speaker!.id }, data: { name: "zzz Renamed" } });
    expect((await view("sort=speaker.desc")).rows[0].speaker!.name).toBe("zzz Renamed");
    const other = await db.prisma.speaker.findFirstOrThrow({ where: { name: { not: "zzz Renamed" } } });
    const moved = await db.prisma.statement.findFirstOrThrow({ where: { speakerId: first.speaker!.id } });
    await db.prisma.statement.update({ where: { id: moved.id }, data: { speakerId: other.id } });
    const [row] = await queryRaw<{ speaker_sort: string }[]>(db.prisma, "SELECT speaker_sort FROM statements WHERE id = ?", moved.id);
    expect(row.speaker_sort).toBe(other.name.toLowerCase());
  });

  it("ranks search hits like the full join, and a deleted hit leaves no hole in the page", async () => {
    const q = "the";
    const reference = await queryRaw<{ id: number | bigint }[]>(
      db.prisma,
      sqlDialect(db.prisma) === "postgres"
        ? `SELECT s.id AS id FROM statements_search hit JOIN statements s ON s.id = hit.statement_id
           WHERE hit.document @@ websearch_to_tsquery('onrecord', '"the"') AND s.deleted_at IS NULL
           ORDER BY ts_rank(hit.document, websearch_to_tsquery('onrecord', '"the"')) DESC, s.id DESC LIMIT 50`
        : `SELECT s.id AS id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
           WHERE statements_fts MATCH '"the"' AND s.deleted_at IS NULL ORDER BY statements_fts.rank, s.id DESC LIMIT 50`,
    );
    expect(await pageIds(`q=${q}&sort=relevance`, 2)).toEqual(reference.map((r) => Number(r.id)));
    const best = Number(reference[0].id);
    await db.prisma.statement.update({ where: { id: best }, data: { deletedAt: new Date() } });
    const page = await view(`q=${q}&sort=relevance`);
    expect(page.rows).toHaveLength(25);
    expect(page.rows.map((r) => r.id)).not.toContain(best);
    await db.prisma.statement.update({ where: { id: best }, data: { deletedAt: null } });
    expect((await view(`q=${q}&sort=relevance`)).rows[0].id).toBe(best);
  });

  it("filters by tag, type and date range in the index order", async () => {
    expect(await pageIds("type=partial&from=2019-01-01&to=2019-12-31&sort=date.asc", 2)).toEqual(
      await referenceIds("s.date ASC, s.id ASC", 50, "s.type = 'partial' AND s.date BETWEEN '2019-01-01' AND '2019-12-31'"),
    );
  });
});
