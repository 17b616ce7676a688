import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../ingest/ingest-files";
import { createTestDatabase } from "../testing/test-database";
import { groupSourceStatements } from "./group-statements";

const { prisma } = await createTestDatabase();
afterAll(() => prisma.$disconnect());

let articles = 0;

/** Stores one article's statements the way ingest does, then groups them in the same transaction. */
async function ingest(publishedOn: string, statements: { text: string; speakerId?: number | null }[]) {
  articles++;
  return prisma.$transaction(async (tx) => {
    const body = statements.map((s) => `"${s.text}," someone said.`).join("\n");
    const source = await tx.source.create({ data: { title: `Article ${articles}`, body, contentHash: `hash-${articles}`, publishedOn } });
    let offset = 0;
    for (const s of statements) {
      await tx.statement.create({
        data: {
          sourceId: source.id,
          speakerId: s.speakerId ?? null,
          text: s.text,
          type: "direct",
          startOffset: offset + 1,
          endOffset: offset + 1 + s.text.length,
          date: publishedOn,
        },
      });
      offset += s.text.length + 16;
    }
    await groupSourceStatements(tx, source.id);
    return tx.statement.findMany({ where: { sourceId: source.id }, orderBy: { startOffset: "asc" }, include: { group: true } });
  });
}

describe("groupSourceStatements", () => {
  it("starts a group for a statement nobody reported before, and joins later reports to it", async () => {
    const stoltenberg = await prisma.speaker.create({ data: { name: "Jens Stoltenberg", slug: "jens-stoltenberg" } });
    const scholz = await prisma.speaker.create({ data: { name: "Olaf Scholz", slug: "olaf-scholz" } });
    const [dw, other] = await ingest("2022-01-18", [
      { text: "The risk of a conflict is real", speakerId: stoltenberg.id },
      { text: "We want a stable relationship with Russia", speakerId: scholz.id },
    ]);
    expect(dw.group).toMatchObject({ size: 1, firstOn: "2022-01-18" });
    expect(other.groupId).not.toBe(dw.groupId);

    // Reworded, a day earlier (so the group's first date moves), and with the speaker unresolved.
    const [euronews] = await ingest("2022-01-17", [{ text: "The risk of conflict is real", speakerId: null }]);
    const [reworded, unrelated] = await ingest("2022-01-20", [
      { text: "The risk of a new conflict in Ukraine is real", speakerId: stoltenberg.id },
      { text: "Diplomacy is the only way forward", speakerId: stoltenberg.id },
    ]);
    expect(euronews.groupId).toBe(dw.groupId);
    expect(reworded.groupId).toBe(dw.groupId);
    expect(unrelated.groupId).not.toBe(dw.groupId);

    const group = await prisma.statementGroup.findUniqueOrThrow({ where: { id: dw.groupId! } });
    expect(group).toMatchObject({ size: 3, firstOn: "2022-01-17" });
  });

  it("never joins the same words said by another speaker", async () => {
    const a = await prisma.speaker.create({ data: { name: "Speaker A", slug: "speaker-a" } });
    const b = await prisma.speaker.create({ data: { name: "Speaker B", slug: "speaker-b" } });
    const [first] = await ingest("2023-03-01", [{ text: "The budget must pass before October", speakerId: a.id }]);
    const [second] = await ingest("2023-03-02", [{ text: "The budget must pass before October", speakerId: b.id }]);
    expect(second.groupId).not.toBe(first.groupId);
    expect(second.group?.size).toBe(1);
  });

  it("gives every statement of an article a group", async () => {
    expect(await prisma.statement.count({ where: { groupId: null } })).toBe(0);
    const sizes = await prisma.statementGroup.aggregate({ _sum: { size: true } });
    expect(sizes._sum.size).toBe(await prisma.statement.count());
  });
});

describe("grouping the seed articles at ingest", () => {
  it("groups Stoltenberg's three reports of one statement, and nothing else", async () => {
    const seeds = await createTestDatabase();
    try {
      await ingestFiles(seeds.prisma, [path.resolve(import.meta.dirname, "../../seeds")]);
      const groups = await seeds.prisma.statementGroup.findMany({
        where: { size: { gt: 1 } },
        include: { statements: { select: { text: true, sourceId: true, speaker: { select: { name: true } } } } },
      });
      expect(groups).toHaveLength(1);
      const [group] = groups;
      expect(group.size).toBe(3);
      expect(new Set(group.statements.map((s) => s.sourceId)).size).toBe(3);
      for (const s of group.statements) {
        expect(s.speaker?.name).toBe("Jens Stoltenberg");
        expect(s.text).toMatch(/^The risk of/);
      }
      expect(await seeds.prisma.statement.count({ where: { groupId: null } })).toBe(0);
    } finally {
      await seeds.prisma.$disconnect();
    }
  });
});
