import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardAction, SIGNED_OUT_MESSAGE, type ActionSpec } from "@/lib/action-guard";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticleWithStatements, createRoleUsers } from "@/lib/testing/statement-fixtures";
import { createTestDatabase } from "@/lib/testing/test-database";
import { statementActions } from "./statement-mutations";

const { prisma } = await createTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
beforeAll(async () => {
  users = await createRoleUsers(prisma);
});
afterAll(() => prisma.$disconnect());

type Fixture = Awaited<ReturnType<typeof createArticleWithStatements>>;

/** A valid input for each action, on fresh rows. */
async function validInput(name: keyof typeof statementActions, f: Fixture): Promise<Record<string, unknown>> {
  const tag = await prisma.tag.create({ data: { name: `t-${f.quote.id}-${name}`, slug: `t-${f.quote.id}-${name.toLowerCase()}` } });
  const annotation = await prisma.annotation.create({ data: { statementId: f.quote.id, authorId: users.editor.id, body: "note" } });
  await prisma.statementTag.create({ data: { statementId: f.reported.id, tagId: tag.id } });
  const inputs: Record<keyof typeof statementActions, Record<string, unknown>> = {
    tagStatement: { statementId: f.quote.id, tagId: tag.id },
    untagStatement: { statementId: f.reported.id, tagId: tag.id },
    bulkTagStatements: { statementIds: [f.quote.id, f.reported.id], newTagName: `bulk ${f.quote.id}`, newTagColor: "#ff0000" },
    annotateStatement: { statementId: f.quote.id, body: "Checked with the **mayor's office**." },
    editAnnotation: { annotationId: annotation.id, version: 1, body: "edited note" },
    deleteAnnotation: { annotationId: annotation.id, version: 1 },
    correctSpeaker: { statementId: f.quote.id, version: 1, speakerSlug: f.bo.slug },
    mergeSpeakers: { sourceSpeakerId: f.bo.id, targetSpeakerSlug: f.ana.slug },
    editStatement: { statementId: f.quote.id, version: 1, text: "We will rebuild the old bridge", type: "direct", saidOn: "2024-02-28" },
    setStatementStatus: { statementId: f.quote.id, version: 1, status: "verified" },
    deleteStatement: { statementId: f.quote.id, version: 1 },
  };
  return inputs[name];
}

/** Everything an action could write. */
async function snapshot() {
  return {
    statements: await prisma.statement.findMany({ orderBy: { id: "asc" } }),
    speakers: await prisma.speaker.findMany({ orderBy: { id: "asc" } }),
    aliases: await prisma.speakerAlias.findMany({ orderBy: { id: "asc" } }),
    tags: await prisma.tag.findMany({ orderBy: { id: "asc" } }),
    statementTags: await prisma.statementTag.findMany({ orderBy: [{ statementId: "asc" }, { tagId: "asc" }] }),
    annotations: await prisma.annotation.findMany({ orderBy: { id: "asc" } }),
    auditEvents: await prisma.auditEvent.count(),
  };
}

const run = (spec: ActionSpec<never>, user: SessionUser | null, input: unknown) => guardAction(spec, prisma, user, input);

describe("permission checks on every statement action", () => {
  for (const name of Object.keys(statementActions) as (keyof typeof statementActions)[]) {
    const spec = statementActions[name] as unknown as ActionSpec<never>;

    it(`${name}: a signed-out call is refused and writes nothing`, async () => {
      const input = await validInput(name, await createArticleWithStatements(prisma));
      const before = await snapshot();
      expect(await run(spec, null, input)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
      expect(await snapshot()).toEqual(before);
    });

    it(`${name}: a viewer is refused and writes nothing`, async () => {
      const input = await validInput(name, await createArticleWithStatements(prisma));
      const before = await snapshot();
      const result = await run(spec, users.viewer, input);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/viewer.*cannot.*editor role/);
      expect(await snapshot()).toEqual(before);
    });

    it(`${name}: an editor succeeds and the change is in the history`, async () => {
      const input = await validInput(name, await createArticleWithStatements(prisma));
      const audits = await prisma.auditEvent.count();
      const result = await run(spec, users.editor, input);
      expect(result).toMatchObject({ ok: true });
      expect(await prisma.auditEvent.count()).toBeGreaterThan(audits);
      const last = await prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(last.userId).toBe(users.editor.id);
    });

    it(`${name}: an input the form would reject is refused with field errors`, async () => {
      const before = await snapshot();
      const result = await run(spec, users.admin, { statementId: "x", annotationId: "x", sourceSpeakerId: "x", statementIds: "x" });
      expect(result.ok).toBe(false);
      expect(Object.keys(result.errors ?? {}).length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("accepts FormData the way a form posts it", async () => {
    const f = await createArticleWithStatements(prisma);
    const form = new FormData();
    form.set("statementId", String(f.quote.id));
    form.set("version", "1");
    form.set("status", "disputed");
    expect(await run(statementActions.setStatementStatus as unknown as ActionSpec<never>, users.editor, form)).toMatchObject({ ok: true });
    expect((await prisma.statement.findUniqueOrThrow({ where: { id: f.quote.id } })).status).toBe("disputed");
  });
});

describe("optimistic concurrency", () => {
  it("a stale edit gets a conflict showing the current value and overwrites nothing", async () => {
    const f = await createArticleWithStatements(prisma);
    const first = await guardAction(statementActions.editStatement, prisma, users.editor, {
      statementId: f.quote.id,
      version: 1,
      text: "First editor's text",
      type: "direct",
    });
    expect(first.ok).toBe(true);
    const before = await snapshot();
    const second = await guardAction(statementActions.editStatement, prisma, users.admin, {
      statementId: f.quote.id,
      version: 1,
      text: "Second editor's text",
      type: "partial",
    });
    expect(second.ok).toBe(false);
    expect(second.message).toContain("it is now version 2");
    expect(second.message).toContain("First editor's text");
    expect(await snapshot()).toEqual(before);
  });

  it("two editors saving at the same moment: one wins, the other gets the conflict", async () => {
    // One client, as in the app: its transactions queue on the one SQLite connection.
    const f = await createArticleWithStatements(prisma);
    const results = await Promise.all([
      guardAction(statementActions.editStatement, prisma, users.editor, { statementId: f.quote.id, version: 1, text: "Editor one", type: "direct" }),
      guardAction(statementActions.editStatement, prisma, users.admin, { statementId: f.quote.id, version: 1, text: "Admin two", type: "direct" }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)?.message).toContain("it is now version 2");
    const winner = results[0].ok ? "Editor one" : "Admin two";
    expect(await prisma.statement.findUniqueOrThrow({ where: { id: f.quote.id } })).toMatchObject({ text: winner, version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: String(f.quote.id), action: "statement.edit" } })).toBe(1);
  });

  it("status, speaker and delete also refuse a stale version", async () => {
    const f = await createArticleWithStatements(prisma);
    await guardAction(statementActions.setStatementStatus, prisma, users.editor, { statementId: f.quote.id, version: 1, status: "verified" });
    const before = await snapshot();
    const stale = [
      await guardAction(statementActions.setStatementStatus, prisma, users.editor, { statementId: f.quote.id, version: 1, status: "rejected" }),
      await guardAction(statementActions.correctSpeaker, prisma, users.editor, { statementId: f.quote.id, version: 1, speakerSlug: f.bo.slug }),
      await guardAction(statementActions.deleteStatement, prisma, users.editor, { statementId: f.quote.id, version: 1 }),
    ];
    expect(stale.map((r) => r.ok)).toEqual([false, false, false]);
    expect(stale[0].message).toContain("Current status: verified");
    expect(stale[1].message).toContain(`Current speaker: ${f.ana.name}`);
    expect(await snapshot()).toEqual(before);
  });

  it("a stale annotation edit is refused", async () => {
    const f = await createArticleWithStatements(prisma);
    const note = await prisma.annotation.create({ data: { statementId: f.quote.id, authorId: users.editor.id, body: "v1" } });
    await guardAction(statementActions.editAnnotation, prisma, users.editor, { annotationId: note.id, version: 1, body: "v2" });
    const result = await guardAction(statementActions.editAnnotation, prisma, users.admin, { annotationId: note.id, version: 1, body: "v2 by admin" });
    expect(result.ok).toBe(false);
    expect(result.message).toContain("“v2”");
    expect((await prisma.annotation.findUniqueOrThrow({ where: { id: note.id } })).body).toBe("v2");
  });

  it("another editor's annotation id is refused for edit and delete; its author and an admin may change it", async () => {
    const f = await createArticleWithStatements(prisma);
    const other = (await createRoleUsers(prisma)).editor;
    const note = await prisma.annotation.create({ data: { statementId: f.quote.id, authorId: users.editor.id, body: "mine" } });
    const before = await snapshot();
    const edit = await guardAction(statementActions.editAnnotation, prisma, other, { annotationId: note.id, version: 1, body: "hijacked" });
    const remove = await guardAction(statementActions.deleteAnnotation, prisma, other, { annotationId: note.id, version: 1 });
    for (const result of [edit, remove]) {
      expect(result).toEqual({ ok: false, message: "Only the annotation's author or an admin can change it; nothing was saved." });
    }
    expect(await snapshot()).toEqual(before);
    expect((await guardAction(statementActions.editAnnotation, prisma, users.editor, { annotationId: note.id, version: 1, body: "mine, v2" })).ok).toBe(true);
    expect((await guardAction(statementActions.deleteAnnotation, prisma, users.admin, { annotationId: note.id, version: 2 })).ok).toBe(true);
  });
});

describe("statement edits", () => {
  it("records who changed what, with the values before and after", async () => {
    const f = await createArticleWithStatements(prisma);
    await guardAction(statementActions.editStatement, prisma, users.editor, {
      statementId: f.quote.id,
      version: 1,
      text: "We will rebuild the bridge",
      type: "partial",
      saidOn: "2024-02-28",
    });
    const statement = await prisma.statement.findUniqueOrThrow({ where: { id: f.quote.id } });
    expect(statement).toMatchObject({ type: "partial", saidOn: "2024-02-28", date: "2024-02-28", version: 2 });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "statement", entityId: String(f.quote.id) } });
    expect(event).toMatchObject({ userId: users.editor.id, action: "statement.edit" });
    expect(JSON.parse(event.before ?? "")).toEqual({ type: "direct", saidOn: null });
    expect(JSON.parse(event.after ?? "")).toEqual({ type: "partial", saidOn: "2024-02-28" });
  });

  it("creates a new speaker when correcting to a name nobody has", async () => {
    const f = await createArticleWithStatements(prisma);
    const result = await guardAction(statementActions.correctSpeaker, prisma, users.editor, {
      statementId: f.quote.id,
      version: 1,
      newSpeakerName: `Carla Diaz ${f.quote.id}`,
      newSpeakerRole: "deputy mayor",
    });
    expect(result.ok).toBe(true);
    const statement = await prisma.statement.findUniqueOrThrow({ where: { id: f.quote.id }, include: { speaker: { include: { aliases: true } } } });
    expect(statement.speaker).toMatchObject({ name: `Carla Diaz ${f.quote.id}`, role: "deputy mayor" });
    expect(statement.speaker?.aliases).toHaveLength(1);
  });

  it("merging two speakers moves statements and aliases and removes the merged one", async () => {
    const f = await createArticleWithStatements(prisma);
    const result = await guardAction(statementActions.mergeSpeakers, prisma, users.editor, { sourceSpeakerId: f.bo.id, targetSpeakerSlug: f.ana.slug });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma.speaker.findUnique({ where: { id: f.bo.id } })).toBeNull();
    const reported = await prisma.statement.findUniqueOrThrow({ where: { id: f.reported.id } });
    expect(reported).toMatchObject({ speakerId: f.ana.id, version: 2 });
    const aliases = (await prisma.speakerAlias.findMany({ where: { speakerId: f.ana.id } })).map((a) => a.normalized).sort();
    expect(aliases).toEqual(["bo chen " + f.bo.slug.slice("bo-chen-".length), "chen", "lima"].sort());
    const history = await prisma.auditEvent.findMany({ where: { entityType: "statement", entityId: String(f.reported.id) } });
    expect(history.map((e) => e.action)).toEqual(["statement.speaker"]);
  });

  it("refuses to merge a speaker into itself", async () => {
    const f = await createArticleWithStatements(prisma);
    const result = await guardAction(statementActions.mergeSpeakers, prisma, users.editor, { sourceSpeakerId: f.ana.id, targetSpeakerSlug: f.ana.slug });
    expect(result.ok).toBe(false);
    expect(result.errors?.targetSpeakerSlug).toBeDefined();
  });

  it("bulk tagging creates the tag once and skips statements that have it", async () => {
    const f = await createArticleWithStatements(prisma);
    const input = { statementIds: [f.quote.id, f.reported.id], newTagName: `Infrastructure ${f.quote.id}`, newTagColor: "#0000ff" };
    expect((await guardAction(statementActions.bulkTagStatements, prisma, users.editor, input)).message).toMatch(/^Tagged 2 statements/);
    const again = await guardAction(statementActions.bulkTagStatements, prisma, users.editor, input);
    expect(again.message).toMatch(/^Tagged 0 statements .*\(2 already had it\)/);
    expect(await prisma.tag.count({ where: { name: input.newTagName } })).toBe(1);
  });

  it("a deleted statement is soft-deleted and refuses further edits", async () => {
    const f = await createArticleWithStatements(prisma);
    await guardAction(statementActions.deleteStatement, prisma, users.editor, { statementId: f.quote.id, version: 1 });
    expect((await prisma.statement.findUniqueOrThrow({ where: { id: f.quote.id } })).deletedAt).not.toBeNull();
    const result = await guardAction(statementActions.setStatementStatus, prisma, users.editor, { statementId: f.quote.id, version: 2, status: "verified" });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/deleted/) });
  });
});
