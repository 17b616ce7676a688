import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardAction, SIGNED_OUT_MESSAGE } from "@/lib/action-guard";
import { createRoleUsers } from "@/lib/testing/statement-fixtures";
import { createTestDatabase } from "@/lib/testing/test-database";
import { previewArticle, saveArticle } from "./article-mutations";

const { prisma } = await createTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
beforeAll(async () => {
  users = await createRoleUsers(prisma);
});
afterAll(() => prisma.$disconnect());

const text = [
  "Harbour council backs new ferry link",
  "2024-05-02",
  "",
  `"We will have the first boats running by summer," said Marta Olsen, the harbour council's chair.`,
  "",
  `Opposition councillor Jon Berg said the plan was "rushed and far too expensive".`,
].join("\n");

describe("adding an article", () => {
  it("refuses signed-out and viewer callers for preview and save, writing nothing", async () => {
    for (const spec of [previewArticle, saveArticle]) {
      expect(await guardAction(spec, prisma, null, { text, statements: "[]" })).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
      expect((await guardAction(spec, prisma, users.viewer, { text, statements: "[]" })).ok).toBe(false);
    }
    expect(await prisma.source.count()).toBe(0);
  });

  it("previews, saves with the editor's fixes, then reports the same article as a duplicate", async () => {
    const preview = await guardAction(previewArticle, prisma, users.editor, { text, outlet: "Harbour Times" });
    expect(preview.ok).toBe(true);
    const statements = preview.preview?.statements ?? [];
    expect(statements.length).toBeGreaterThanOrEqual(2);
    const fixes = statements.map((s, i) => ({ index: s.index, include: i < statements.length - 1, speaker: i === 0 ? "Marta Olsen" : s.speaker, type: s.type, text: s.text }));

    const saved = await guardAction(saveArticle, prisma, users.editor, { text, outlet: "Harbour Times", statements: JSON.stringify(fixes) });
    expect(saved).toMatchObject({ ok: true, source: { title: "Harbour council backs new ferry link" } });
    const source = await prisma.source.findFirstOrThrow({ include: { statements: { include: { speaker: true }, orderBy: { startOffset: "asc" } } } });
    expect(source).toMatchObject({ outlet: "Harbour Times", publishedOn: "2024-05-02", createdById: users.editor.id });
    expect(source.statements).toHaveLength(statements.length - 1);
    expect(source.statements[0].speaker?.name).toBe("Marta Olsen");
    expect(await prisma.auditEvent.count({ where: { action: "source.create", userId: users.editor.id } })).toBe(1);

    const again = await guardAction(previewArticle, prisma, users.editor, { text: `${text}\n\n` });
    expect(again).toMatchObject({ ok: false, duplicate: true });
    expect(again.message).toContain("already on record");
    const saveAgain = await guardAction(saveArticle, prisma, users.editor, { text, statements: JSON.stringify(fixes) });
    expect(saveAgain).toMatchObject({ ok: false, duplicate: true });
    expect(await prisma.source.count()).toBe(1);
  });
});
