import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { createTestDatabase } from "@/lib/testing/test-database";
import { getSources } from "@/app/sources/lib/queries";
import { getSpeakers } from "@/app/speakers/lib/queries";
import { getSpeakerSuggestions, getStatements, getStatementsAfter, type StatementRow } from "./queries";
import { loadStatementsSearchParams } from "./search-params";

// The same articles, ingested the same way into SQLite and PostgreSQL, must give the same rows
// for the same table views: filters, sorts, search, paging, collapse, keyset walks and the lists.
// Runs in the postgres test project, which prepares both databases.
const sqlite = await createTestDatabase("sqlite");
const postgres = await createTestDatabase("postgres");
const root = path.resolve(import.meta.dirname, "../../..");
const articles = [path.join(root, "seeds"), path.join(root, "lib/extraction/fixtures/articles")];

beforeAll(async () => {
  for (const db of [sqlite, postgres]) {
    await ingestFiles(db.prisma, articles);
    // The same edits on both: tags, a status, a soft delete.
    const economy = await db.prisma.tag.create({ data: { name: "Economy", slug: "economy", color: "#0ea5e9" } });
    const claims = await db.prisma.tag.create({ data: { name: "Claims", slug: "claims" } });
    const ids = (await db.prisma.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    await db.prisma.statementTag.createMany({
      data: [
        ...ids.filter((id) => id % 7 === 0).map((statementId) => ({ statementId, tagId: economy.id })),
        ...ids.filter((id) => id % 11 === 0).map((statementId) => ({ statementId, tagId: claims.id })),
      ],
    });
    await db.prisma.statement.updateMany({ where: { id: { in: ids.filter((id) => id % 5 === 0) } }, data: { status: "verified" } });
    await db.prisma.statement.updateMany({ where: { id: { in: ids.filter((id) => id % 13 === 0) } }, data: { status: "disputed" } });
    await db.prisma.statement.update({ where: { id: ids[3] }, data: { deletedAt: new Date() } });
  }
}, 180_000);

afterAll(async () => {
  await sqlite.prisma.$disconnect();
  await postgres.prisma.$disconnect();
});

/**
 * What a reader sees of a row: tags in a fixed order (neither database orders the aggregate), and
 * the group without its id, which is a sequence number (the groups themselves are compared below).
 */
function visible(row: StatementRow) {
  const group = row.group && { sources: row.group.sources, firstOn: row.group.firstOn };
  return { ...row, group, tags: [...row.tags].sort((a, b) => a.slug.localeCompare(b.slug)) };
}

async function bothViews(query: string) {
  const input = loadStatementsSearchParams(new URLSearchParams(query));
  const [a, b] = await Promise.all([getStatements(input, sqlite.prisma), getStatements(input, postgres.prisma)]);
  return { sqlite: { ...a, rows: a.rows.map(visible) }, postgres: { ...b, rows: b.rows.map(visible) } };
}

describe("SQLite and PostgreSQL return the same table", () => {
  it("stores the same corpus", async () => {
    const counts = async (db: typeof sqlite) => ({
      sources: await db.prisma.source.count(),
      speakers: await db.prisma.speaker.count(),
      statements: await db.prisma.statement.count(),
      groups: await db.prisma.statementGroup.count(),
    });
    const a = await counts(sqlite);
    expect(a.statements).toBeGreaterThan(300);
    expect(await counts(postgres)).toEqual(a);
  });

  it("groups the same statements together", async () => {
    const groups = async (db: typeof sqlite) => {
      const rows = await db.prisma.statement.findMany({ where: { groupId: { not: null } }, select: { id: true, groupId: true }, orderBy: { id: "asc" } });
      const members = new Map<number, number[]>();
      for (const r of rows) members.set(r.groupId!, [...(members.get(r.groupId!) ?? []), r.id]);
      return [...members.values()].map((ids) => ids.join(",")).sort();
    };
    const a = await groups(sqlite);
    expect(a.some((g) => g.includes(","))).toBe(true);
    expect(await groups(postgres)).toEqual(a);
  });

  const views = [
    "",
    "page=2",
    "perPage=100&page=3",
    "sort=date.asc",
    "sort=speaker.asc",
    "sort=speaker.desc&page=2",
    "sort=source.asc",
    "sort=source.desc",
    "sort=type.asc&perPage=100",
    "sort=type.desc&perPage=50&page=2",
    "sort=status.desc&perPage=100",
    "type=partial",
    "type=direct&type=indirect&sort=date.asc",
    "status=verified",
    "status=disputed&status=verified&sort=speaker.asc",
    "tag=economy",
    "tag=economy&tag=claims&sort=source.asc",
    "from=2022-01-01&to=2022-12-31",
    "from=2024-03-01&sort=date.asc",
    "q=minister",
    "q=said&sort=date.asc&perPage=100",
    'q="the company"',
    "q=company&type=indirect",
    "q=would&sort=speaker.asc",
    "collapse=1",
    "collapse=1&sort=speaker.asc",
    "q=government&collapse=1",
    "source=3",
    "sort=nonsense.up&page=-2&type=bogus",
  ];
  it.each(views)("?%s", async (query) => {
    const { sqlite: a, postgres: b } = await bothViews(query);
    expect(a.rows.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it("filters by speaker and outlet the same way", async () => {
    const { sqlite: all } = await bothViews("perPage=100");
    const speaker = all.rows.find((r) => r.speaker)!.speaker!.slug;
    const outlet = all.rows.find((r) => r.source.outlet)!.source.outlet!;
    for (const query of [`speaker=${speaker}`, `outlet=${encodeURIComponent(outlet)}&sort=speaker.asc`]) {
      const { sqlite: a, postgres: b } = await bothViews(query);
      expect(a.rows.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    }
  });

  it("finds the same hits for a ranked search (the two rank formulas order them differently)", async () => {
    for (const q of ["minister", "economy", "\"the\" court"]) {
      const { sqlite: a, postgres: b } = await bothViews(`q=${encodeURIComponent(q)}&sort=relevance&perPage=100`);
      expect(a.total).toBeGreaterThan(0);
      expect(b.total).toBe(a.total);
      expect(b.rows.map((r) => r.id).sort()).toEqual(a.rows.map((r) => r.id).sort());
    }
  });

  it("walks a view by keyset to the same rows", async () => {
    for (const query of ["sort=speaker.asc", "q=said&sort=date.asc", "q=minister&sort=relevance"]) {
      const input = loadStatementsSearchParams(new URLSearchParams(query));
      const walk = async (db: typeof sqlite) => {
        const ids: number[] = [];
        let after = null;
        do {
          const step: Awaited<ReturnType<typeof getStatementsAfter>> = await getStatementsAfter(input, after, 40, db.prisma);
          ids.push(...step.rows.map((r) => r.id));
          after = step.next;
        } while (after);
        return ids;
      };
      const a = await walk(sqlite);
      expect(a.length).toBeGreaterThan(0);
      const b = await walk(postgres);
      if (query.includes("relevance")) expect([...b].sort()).toEqual([...a].sort());
      else expect(b).toEqual(a);
    }
  });

  it("suggests the same speakers and lists the same speakers and sources", async () => {
    for (const typed of ["mi", "j", "council", "de"]) {
      expect(await getSpeakerSuggestions(typed, 10, postgres.prisma)).toEqual(await getSpeakerSuggestions(typed, 10, sqlite.prisma));
    }
    for (const input of [{ q: "", kind: null, page: 1 }, { q: "an", kind: null, page: 1 }, { q: "", kind: "organization" as const, page: 1 }]) {
      expect(await getSpeakers(input, postgres.prisma)).toEqual(await getSpeakers(input, sqlite.prisma));
    }
    for (const input of [{ q: "", page: 1 }, { q: "the", page: 1 }]) {
      expect(await getSources(input, postgres.prisma)).toEqual(await getSources(input, sqlite.prisma));
    }
  });
});
