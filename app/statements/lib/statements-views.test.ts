import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupSourceStatements } from "@/lib/grouping/group-statements";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadStatementsSearchParams } from "./search-params";

// The views that walk every row (exports, API) and the collapsed table, on a real database.
const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;
const { getStatements, getStatementsAfter } = await import("./queries");
const { getStatementReports } = await import("./report-queries");
const { streamStatementsExport } = await import("./statements-stream");
const { prisma } = await import("@/lib/db");

const input = (query: string) => loadStatementsSearchParams(new URLSearchParams(query));

const SUBJECTS = ["the border", "gas prices", "the alliance", "sanctions", "the talks", "security in Europe", "the winter"];
const VERBS = ["worries", "matters to", "will decide", "cannot wait for", "depends on"];

beforeAll(async () => {
  const speakers = await Promise.all(
    ["Ann Able", "bob baker", "Cy Cole"].map((name, i) => db.prisma.speaker.create({ data: { name, slug: `speaker-${i}` } })),
  );
  const tag = await db.prisma.tag.create({ data: { name: "Energy", slug: "energy" } });
  const outlets = ["DW", "Reuters", "Euronews", "AP"];
  for (let a = 0; a < outlets.length; a++) {
    await db.prisma.$transaction(async (tx) => {
      const publishedOn = a === 3 ? null : `2022-01-1${a}`;
      const source = await tx.source.create({
        data: { title: `${outlets[a]} report`, outlet: outlets[a], body: "x".repeat(2000), contentHash: `h${a}`, publishedOn },
      });
      const texts = [
        // Every outlet reports this one, worded a little differently.
        { text: a % 2 ? "The risk of conflict is real" : "The risk of a conflict is real", speaker: speakers[0].id },
        ...Array.from({ length: 9 }, (_, i) => ({
          text: `${SUBJECTS[(i + a) % SUBJECTS.length]} ${VERBS[(i * 3 + a) % VERBS.length]} ${outlets[a]} reader number n${a}x${i} code k${i}y${a}`,
          speaker: i % 4 === 3 ? null : speakers[(i + a) % 3].id,
        })),
      ];
      for (const [i, t] of texts.entries()) {
        const statement = await tx.statement.create({
          data: {
            sourceId: source.id,
            speakerId: t.speaker,
            text: t.text,
            type: i % 3 ? "indirect" : "direct",
            startOffset: i * 100,
            endOffset: i * 100 + 50,
            date: i === 5 ? null : (publishedOn ?? `2022-02-0${(i % 9) + 1}`),
          },
        });
        if (i % 4 === 1) await tx.statementTag.create({ data: { statementId: statement.id, tagId: tag.id } });
      }
      await groupSourceStatements(tx, source.id);
    });
  }
});
afterAll(async () => {
  await db.prisma.$disconnect();
  await prisma.$disconnect();
});

async function walk(query: string, chunk: number): Promise<number[]> {
  const ids: number[] = [];
  let after = null;
  for (let step = 0; step < 100; step++) {
    const { rows, next } = await getStatementsAfter(input(query), after, chunk);
    ids.push(...rows.map((r) => r.id));
    if (!next) return ids;
    after = next;
  }
  throw new Error("keyset walk did not end");
}

describe("keyset walks", () => {
  for (const query of [
    "",
    "sort=date.asc",
    "sort=speaker.asc",
    "sort=speaker.desc",
    "sort=source.desc",
    "sort=type.asc&tag=energy",
    "q=reader&sort=relevance",
    "sort=relevance",
    "collapse=1&sort=date.asc",
  ]) {
    it(`visits every row once, in the table's order: ${query || "default view"}`, async () => {
      const table = await getStatements(input(`${query}&perPage=100`));
      expect(table.total).toBeGreaterThan(3);
      expect(await walk(query, 3)).toEqual(table.rows.map((r) => r.id));
    });
  }
});

describe("collapsed view", () => {
  it("shows a statement reported by four outlets once, with its reach and first date", async () => {
    const all = await getStatements(input("q=risk+conflict"));
    expect(all.total).toBe(4);
    const collapsed = await getStatements(input("q=risk+conflict&collapse=1"));
    expect(collapsed.total).toBe(1);
    expect(collapsed.rows[0].group).toMatchObject({ sources: 4, firstOn: "2022-01-10" });
    expect(collapsed.rows[0].source.outlet).toBe("DW");
  });

  it("keeps the report that the filters select", async () => {
    const collapsed = await getStatements(input("q=risk+conflict&collapse=1&outlet=Euronews"));
    expect(collapsed.rows.map((r) => r.source.outlet)).toEqual(["Euronews"]);
  });

  it("leaves statements nobody else reported alone", async () => {
    const all = await getStatements(input("perPage=100"));
    const collapsed = await getStatements(input("perPage=100&collapse=1"));
    expect(collapsed.total).toBe(all.total - 3);
  });
});

describe("streamed export", () => {
  const read = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

  it("writes every row of the view as CSV, header first", async () => {
    const view = input("sort=speaker.asc&perPage=10");
    const csv = await read(streamStatementsExport(view, "csv", "http://x.test"));
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    const table = await getStatements({ ...view, perPage: 100 });
    expect(lines[0]).toMatch(/^id,date,said_on,speaker,/);
    expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(table.rows.map((r) => r.id));
  });

  it("writes a JSON array, empty when nothing matches", async () => {
    const json = JSON.parse(await read(streamStatementsExport(input("tag=energy"), "json", "http://x.test")));
    expect(json.length).toBe((await getStatements(input("tag=energy"))).total);
    expect(json[0].url).toMatch(/^http:\/\/x\.test\/statements\/\d+$/);
    expect(JSON.parse(await read(streamStatementsExport(input("q=nothingmatchesthis"), "json", "http://x.test")))).toEqual([]);
  });
});

describe("getStatementReports", () => {
  it("lists the other reports of a statement, earliest first", async () => {
    const [first] = (await getStatements(input("q=risk+conflict&sort=date.asc"))).rows;
    const result = await getStatementReports(first.id);
    expect(result?.text).toBe("The risk of a conflict is real");
    expect(result?.reports.map((r) => r.source.outlet)).toEqual(["Reuters", "Euronews", "AP"]);
  });

  it("is empty for a statement nobody else reported, null for an unknown one", async () => {
    const [single] = (await getStatements(input("q=reader+number"))).rows;
    expect((await getStatementReports(single.id))?.reports).toEqual([]);
    expect(await getStatementReports(999_999)).toBeNull();
  });
});
