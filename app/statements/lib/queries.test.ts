import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadStatementsSearchParams } from "./search-params";

// queries.ts reads through the app's Prisma singleton: point it at a fresh database first.
const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;
const { getSpeakerSuggestions, getStatementFilterOptions, getStatements } = await import("./queries");
const { prisma } = await import("@/lib/db");

const view = (query: string) => getStatements(loadStatementsSearchParams(new URLSearchParams(query)));

beforeAll(async () => {
  await ingestFiles(db.prisma, [path.resolve(import.meta.dirname, "../../../seeds")]);
  // Tag two statements so the tag filter has something to find.
  const tag = await db.prisma.tag.create({ data: { name: "NATO", slug: "nato", color: "#1d4ed8" } });
  const two = await db.prisma.statement.findMany({ take: 2, orderBy: { id: "asc" } });
  await db.prisma.statementTag.createMany({ data: two.map((s) => ({ statementId: s.id, tagId: tag.id })) });
});
afterAll(async () => {
  await db.prisma.$disconnect();
  await prisma.$disconnect();
});

describe("getStatements", () => {
  it("returns the first page and the total of the default view", async () => {
    const all = await db.prisma.statement.count({ where: { deletedAt: null } });
    const result = await view("");
    expect(result.total).toBe(all);
    expect(result.rows).toHaveLength(Math.min(25, all));
    expect(result.pageCount).toBe(Math.ceil(all / 25));
    const dates = result.rows.map((r) => r.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("finds statements by full-text search, stemmed", async () => {
    const result = await view("q=warning&perPage=100");
    for (const row of result.rows) expect(row.text.toLowerCase()).toMatch(/warn/);
    expect((await view("q=risk")).total).toBeGreaterThan(0);
  });

  it("filters by several speakers at once", async () => {
    const result = await view("speaker=jens-stoltenberg,olaf-scholz&perPage=100");
    expect(result.total).toBeGreaterThan(0);
    for (const row of result.rows) expect(["jens-stoltenberg", "olaf-scholz"]).toContain(row.speaker?.slug);
  });

  it("filters by date range, outlet, type and tag", async () => {
    for (const row of (await view("from=2022-01-18&to=2022-01-18&perPage=100")).rows) expect(row.date).toBe("2022-01-18");
    for (const row of (await view("outlet=DW&perPage=100")).rows) expect(row.source.outlet).toBe("DW");
    for (const row of (await view("type=indirect&perPage=100")).rows) expect(row.type).toBe("indirect");
    const tagged = await view("tag=nato");
    expect(tagged.total).toBe(2);
    expect(tagged.rows[0].tags).toEqual([{ slug: "nato", name: "NATO", color: "#1d4ed8" }]);
  });

  it("sorts by speaker in both directions", async () => {
    const names = async (q: string) => (await view(`${q}&perPage=100`)).rows.filter((r) => r.speaker).map((r) => r.speaker!.name.toLowerCase());
    const asc = await names("sort=speaker.asc");
    expect(asc).toEqual([...asc].sort());
    const desc = await names("sort=speaker.desc");
    expect(desc).toEqual([...desc].sort().reverse());
  });

  it("pages without overlap", async () => {
    const first = await view("perPage=10&page=1");
    const second = await view("perPage=10&page=2");
    const ids = new Set(first.rows.map((r) => r.id));
    expect(second.rows.some((r) => ids.has(r.id))).toBe(false);
    expect((await view("page=9999")).rows).toEqual([]);
  });

  it("never fails on hostile search text", async () => {
    for (const q of ['"unbalanced', "NEAR(a b)", "* OR ^", "text:risk", "'; DROP TABLE statements; --", "\u0000\uffff", '""""', "AND OR NOT"]) {
      await expect(view(`q=${encodeURIComponent(q)}`)).resolves.toBeDefined();
    }
    expect(await db.prisma.statement.count()).toBeGreaterThan(0);
  });

  it("leaves soft-deleted statements out", async () => {
    const victim = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: "desc" } });
    const before = (await view("")).total;
    await db.prisma.statement.update({ where: { id: victim.id }, data: { deletedAt: new Date() } });
    expect((await view("")).total).toBe(before - 1);
    await db.prisma.statement.update({ where: { id: victim.id }, data: { deletedAt: null } });
  });
});

describe("filter options and typeahead", () => {
  it("lists outlets and tags in use and names selected speakers", async () => {
    const options = await getStatementFilterOptions(["jens-stoltenberg"]);
    expect(options.outlets.map((o) => o.value)).toContain("DW");
    expect(options.tags).toEqual([{ value: "nato", label: "NATO", color: "#1d4ed8", count: 2 }]);
    expect(options.selectedSpeakers[0]).toMatchObject({ value: "jens-stoltenberg", label: "Jens Stoltenberg" });
  });

  it("suggests speakers by name prefix, word prefix and alias, LIKE wildcards escaped", async () => {
    expect((await getSpeakerSuggestions("jens")).map((o) => o.value)).toContain("jens-stoltenberg");
    expect((await getSpeakerSuggestions("stolt")).map((o) => o.value)).toContain("jens-stoltenberg");
    expect(await getSpeakerSuggestions("%")).toEqual([]);
    expect(await getSpeakerSuggestions("")).toEqual([]);
  });
});
