import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { INJECTION_PAYLOADS, TABLE_PARAMETERS } from "@/lib/security/hostile-inputs";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadStatementsSearchParams } from "./search-params";
import { toFtsQuery } from "./statements-query";

// Every table parameter gets every injection payload, through the same parse-then-query path as
// the page, on a real SQLite database. A payload may match nothing or be ignored; it must never
// fail, widen a filter, or change the data.

const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;
const { getSpeakerSuggestions, getStatements } = await import("./queries");
const { prisma } = await import("@/lib/db");

const view = (params: Record<string, string>) => getStatements(loadStatementsSearchParams(new URLSearchParams(params)));

/** Parameters that narrow the rows: an injected value they keep must match nothing, never everything. */
const NARROWING = new Set(["q", "speaker", "outlet", "tag", "source"]);
const DEFAULTS = loadStatementsSearchParams(new URLSearchParams());
const kept = (parameter: string, params: Record<string, string>) =>
  JSON.stringify(loadStatementsSearchParams(new URLSearchParams(params))[parameter as keyof typeof DEFAULTS]) !==
  JSON.stringify(DEFAULTS[parameter as keyof typeof DEFAULTS]);

let all = 0;
let snapshot: unknown;
const tableCounts = async () => ({
  sources: await db.prisma.source.count(),
  statements: await db.prisma.statement.count(),
  speakers: await db.prisma.speaker.count(),
  tags: await db.prisma.tag.count(),
});

beforeAll(async () => {
  await ingestFiles(db.prisma, [path.resolve(import.meta.dirname, "../../../seeds")]);
  all = (await view({})).total;
  snapshot = await tableCounts();
  // Ingesting the seeds (with grouping) can take a while on a busy machine.
}, 60_000);
afterAll(async () => {
  await db.prisma.$disconnect();
  await prisma.$disconnect();
});

describe("SQL and FTS injection through the statements table", () => {
  for (const parameter of TABLE_PARAMETERS) {
    it(`${parameter}: every payload is matched as plain data or ignored`, async () => {
      for (const payload of INJECTION_PAYLOADS) {
        const params = { [parameter]: payload };
        const result = await view(params);
        const label = `${parameter}=${JSON.stringify(payload.slice(0, 40))}`;
        // A value the URL contract does not accept falls back to the default view.
        if (!kept(parameter, params) || (parameter === "q" && !toFtsQuery(payload))) expect(result.total, label).toBe(all);
        // Search words are ANDed literals ("OR" is a word), so they can only narrow.
        else if (parameter === "q") expect(result.total, label).toBeLessThan(all);
        else if (NARROWING.has(parameter)) expect(result.total, label).toBe(0);
        else expect(result.total, label).toBe(all);
      }
    });
  }

  it("a payload smuggled into a comma-separated list is one more value, not SQL", async () => {
    const speaker = (await view({})).rows.find((r) => r.speaker)!.speaker!.slug;
    const alone = (await view({ speaker })).total;
    expect((await view({ speaker: `${speaker},' OR 1=1 --` })).total).toBe(alone);
    expect((await view({ speaker: `${speaker}') OR ('1'='1` })).total).toBe(0);
  });

  it("the speaker typeahead treats every payload as a name prefix", async () => {
    for (const payload of INJECTION_PAYLOADS) {
      expect(await getSpeakerSuggestions(payload), JSON.stringify(payload.slice(0, 40))).toEqual([]);
    }
  });

  it("leaves the database as it was", async () => {
    expect(await tableCounts()).toEqual(snapshot);
    expect((await view({})).total).toBe(all);
  });
});
