import { defineAction, type ActionResult } from "@/lib/action-guard";
import { recordAudit, recordAudits, type AuditEntry } from "@/lib/audit";
import { canChangeAnnotation, type SessionUser } from "@/lib/auth/roles";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { normalizeSpeakerName, slugify } from "@/lib/ingest/speaker-identity";
import { writeTransaction } from "@/lib/write-lock";
import * as schemas from "./validations";

// The statement editors' mutations. Each runs in one transaction that also writes its AuditEvent;
// edits to a statement or annotation carry the version the editor read and change nothing when it
// is stale. Tagging is a set operation (adding or removing twice is harmless), so it carries none.

type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction to roll it back and answer with `state`. */
class Refusal extends Error {
  constructor(readonly state: ActionResult) {
    super(state.message);
  }
}

/**
 * One write transaction holding the database's write lock from the start: a concurrent editor waits, then
 * reads the version we wrote and gets a conflict message rather than a stale-snapshot error.
 */
async function transact(db: PrismaClient, work: (tx: Tx) => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await writeTransaction(db, work);
  } catch (error) {
    if (error instanceof Refusal) return error.state;
    throw error;
  }
}

const statementPaths = (id: number) => ["/", `/statements/${id}`];

const statementSnapshot = {
  id: true,
  text: true,
  type: true,
  saidOn: true,
  date: true,
  status: true,
  version: true,
  deletedAt: true,
  speakerId: true,
  speaker: { select: { name: true } },
  source: { select: { publishedOn: true } },
} satisfies Prisma.StatementSelect;
type StatementSnapshot = Prisma.StatementGetPayload<{ select: typeof statementSnapshot }>;

async function requireStatement(tx: Tx, id: number): Promise<StatementSnapshot> {
  const statement = await tx.statement.findUnique({ where: { id }, select: statementSnapshot });
  if (!statement) throw new Refusal({ ok: false, message: "This statement does not exist; nothing was saved." });
  if (statement.deletedAt) throw new Refusal({ ok: false, message: "This statement was deleted; nothing was saved." });
  return statement;
}

function conflict(read: number, current: { version: number }, currentValue: string): Refusal {
  return new Refusal({
    ok: false,
    message:
      `Someone else changed this while you were editing (you read version ${read}; it is now version ${current.version}). ` +
      `Current ${currentValue}. Nothing was saved: reload to edit the current version.`,
  });
}

const describe = {
  text: (s: StatementSnapshot) => `text: “${s.text}” (${s.type}${s.saidOn ? `, said on ${s.saidOn}` : ""})`,
  status: (s: StatementSnapshot) => `status: ${s.status}`,
  speaker: (s: StatementSnapshot) => `speaker: ${s.speaker?.name ?? "unknown"}`,
  any: (s: StatementSnapshot) => `text: “${s.text}”, status: ${s.status}, speaker: ${s.speaker?.name ?? "unknown"}`,
};

/**
 * Writes `data` only if the statement is still at the version the editor read; the `where` on the
 * version also catches a writer that slipped in after our read.
 */
async function updateStatementAtVersion(
  tx: Tx,
  statement: StatementSnapshot,
  readVersion: number,
  data: Prisma.StatementUncheckedUpdateManyInput,
  currentValue: (s: StatementSnapshot) => string,
): Promise<void> {
  if (statement.version !== readVersion) throw conflict(readVersion, statement, currentValue(statement));
  const { count } = await tx.statement.updateMany({
    where: { id: statement.id, version: readVersion, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const fresh = await requireStatement(tx, statement.id);
    throw conflict(readVersion, fresh, currentValue(fresh));
  }
}

function tagSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** The chosen tag, or the new one created (or found, when the name already exists). */
async function resolveTag(
  tx: Tx,
  user: SessionUser,
  choice: { tagId?: number; newTagName?: string; newTagColor: string },
): Promise<{ id: number; name: string; color: string }> {
  if (choice.tagId !== undefined) {
    const tag = await tx.tag.findUnique({ where: { id: choice.tagId }, select: { id: true, name: true, color: true } });
    if (!tag) throw new Refusal({ ok: false, message: "That tag no longer exists.", errors: { tagId: ["Choose another tag."] } });
    return tag;
  }
  const name = choice.newTagName ?? "";
  const slug = tagSlug(name);
  if (!slug) throw new Refusal({ ok: false, message: "Please correct the highlighted fields.", errors: { newTagName: ["A tag name needs a letter or a digit."] } });
  const existing = await tx.tag.findFirst({ where: { OR: [{ slug }, { name }] }, select: { id: true, name: true, color: true } });
  if (existing) return existing;
  const tag = await tx.tag.create({ data: { name, slug, color: choice.newTagColor }, select: { id: true, name: true, color: true } });
  await recordAudit(tx, { userId: user.id, action: "tag.create", entityType: "tag", entityId: tag.id, after: tag });
  return tag;
}

export const tagStatement = defineAction({
  schema: schemas.tagStatementSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      const tag = await resolveTag(tx, user, data);
      const key = { statementId_tagId: { statementId: statement.id, tagId: tag.id } };
      if (await tx.statementTag.findUnique({ where: key })) return { ok: true, message: `Already tagged “${tag.name}”.` };
      await tx.statementTag.create({ data: { statementId: statement.id, tagId: tag.id, createdById: user.id } });
      await recordAudit(tx, { userId: user.id, action: "statement.tag", entityType: "statement", entityId: statement.id, after: { tag: tag.name } });
      return { ok: true, message: `Tagged “${tag.name}”.`, revalidate: statementPaths(statement.id) };
    }),
});

export const untagStatement = defineAction({
  schema: schemas.untagStatementSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      const link = await tx.statementTag.findUnique({
        where: { statementId_tagId: { statementId: statement.id, tagId: data.tagId } },
        select: { tag: { select: { name: true } } },
      });
      if (!link) return { ok: true, message: "That tag was already removed." };
      await tx.statementTag.delete({ where: { statementId_tagId: { statementId: statement.id, tagId: data.tagId } } });
      await recordAudit(tx, { userId: user.id, action: "statement.untag", entityType: "statement", entityId: statement.id, before: { tag: link.tag.name } });
      return { ok: true, message: `Removed the tag “${link.tag.name}”.`, revalidate: statementPaths(statement.id) };
    }),
});

export const bulkTagStatements = defineAction({
  schema: schemas.bulkTagStatementsSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const ids = [...new Set(data.statementIds)];
      const live = await tx.statement.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } });
      if (!live.length) return { ok: false, message: "None of the selected statements exist any more; nothing was saved." };
      const tag = await resolveTag(tx, user, data);
      const already = new Set(
        (await tx.statementTag.findMany({ where: { tagId: tag.id, statementId: { in: live.map((s) => s.id) } }, select: { statementId: true } })).map(
          (row) => row.statementId,
        ),
      );
      const toTag = live.map((s) => s.id).filter((id) => !already.has(id));
      await tx.statementTag.createMany({ data: toTag.map((statementId) => ({ statementId, tagId: tag.id, createdById: user.id })) });
      await recordAudits(
        tx,
        toTag.map((id) => ({ userId: user.id, action: "statement.tag", entityType: "statement", entityId: id, after: { tag: tag.name } })),
      );
      const notes = [
        already.size ? `${already.size} already had it` : "",
        ids.length > live.length ? `${ids.length - live.length} no longer exist` : "",
      ].filter(Boolean);
      return {
        ok: true,
        message: `Tagged ${toTag.length} statement${toTag.length === 1 ? "" : "s"} “${tag.name}”${notes.length ? ` (${notes.join(", ")})` : ""}.`,
        revalidate: ["/", ...toTag.map((id) => `/statements/${id}`)],
      };
    }),
});

export const annotateStatement = defineAction({
  schema: schemas.annotateStatementSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      const annotation = await tx.annotation.create({ data: { statementId: statement.id, authorId: user.id, body: data.body }, select: { id: true } });
      await recordAudit(tx, {
        userId: user.id,
        action: "annotation.add",
        entityType: "statement",
        entityId: statement.id,
        after: { annotationId: annotation.id, body: data.body },
      });
      return { ok: true, message: "Annotation added.", revalidate: statementPaths(statement.id) };
    }),
});

async function requireAnnotation(tx: Tx, user: SessionUser, id: number, readVersion: number) {
  const annotation = await tx.annotation.findUnique({
    where: { id },
    select: { id: true, statementId: true, authorId: true, body: true, version: true, deletedAt: true },
  });
  if (!annotation || annotation.deletedAt) throw new Refusal({ ok: false, message: "This annotation was deleted; nothing was saved." });
  if (!canChangeAnnotation(user, annotation)) {
    throw new Refusal({ ok: false, message: "Only the annotation's author or an admin can change it; nothing was saved." });
  }
  if (annotation.version !== readVersion) throw conflict(readVersion, annotation, `annotation: “${annotation.body}”`);
  return annotation;
}

async function updateAnnotationAtVersion(tx: Tx, user: SessionUser, id: number, readVersion: number, data: Prisma.AnnotationUpdateManyMutationInput) {
  const { count } = await tx.annotation.updateMany({ where: { id, version: readVersion, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) await requireAnnotation(tx, user, id, readVersion);
}

export const editAnnotation = defineAction({
  schema: schemas.editAnnotationSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const annotation = await requireAnnotation(tx, user, data.annotationId, data.version);
      if (annotation.body === data.body) return { ok: true, message: "Nothing changed." };
      await updateAnnotationAtVersion(tx, user, annotation.id, data.version, { body: data.body });
      await recordAudit(tx, {
        userId: user.id,
        action: "annotation.edit",
        entityType: "statement",
        entityId: annotation.statementId,
        before: { annotationId: annotation.id, body: annotation.body },
        after: { annotationId: annotation.id, body: data.body },
      });
      return { ok: true, message: "Annotation saved.", revalidate: statementPaths(annotation.statementId) };
    }),
});

export const deleteAnnotation = defineAction({
  schema: schemas.deleteAnnotationSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const annotation = await requireAnnotation(tx, user, data.annotationId, data.version);
      await updateAnnotationAtVersion(tx, user, annotation.id, data.version, { deletedAt: new Date() });
      await recordAudit(tx, {
        userId: user.id,
        action: "annotation.delete",
        entityType: "statement",
        entityId: annotation.statementId,
        before: { annotationId: annotation.id, body: annotation.body },
      });
      return { ok: true, message: "Annotation deleted.", revalidate: statementPaths(annotation.statementId) };
    }),
});

async function uniqueSpeakerSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.speaker.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export const correctSpeaker = defineAction({
  schema: schemas.correctSpeakerSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      let speaker: { id: number; name: string } | null;
      if (data.speakerSlug) {
        speaker = await tx.speaker.findUnique({ where: { slug: data.speakerSlug }, select: { id: true, name: true } });
        if (!speaker) {
          return { ok: false, message: "Please correct the highlighted fields.", errors: { speakerSlug: ["No such speaker: pick one from the list, or add a new one."] } };
        }
      } else {
        const name = data.newSpeakerName ?? "";
        // The same name is the same speaker (ingest's rule), so reuse it rather than make a twin.
        speaker = await tx.speaker.findUnique({ where: { slug: slugify(name) }, select: { id: true, name: true } });
        if (!speaker) {
          speaker = await tx.speaker.create({
            data: {
              name,
              slug: await uniqueSpeakerSlug(tx, slugify(name)),
              kind: data.newSpeakerKind,
              role: data.newSpeakerRole ?? null,
              aliases: { create: { alias: name, normalized: normalizeSpeakerName(name) } },
            },
            select: { id: true, name: true },
          });
          await recordAudit(tx, {
            userId: user.id,
            action: "speaker.create",
            entityType: "speaker",
            entityId: speaker.id,
            after: { name, kind: data.newSpeakerKind, role: data.newSpeakerRole ?? null },
          });
        }
      }
      if (statement.version === data.version && statement.speakerId === speaker.id) return { ok: true, message: `${speaker.name} is already the speaker.` };
      await updateStatementAtVersion(tx, statement, data.version, { speakerId: speaker.id }, describe.speaker);
      await recordAudit(tx, {
        userId: user.id,
        action: "statement.speaker",
        entityType: "statement",
        entityId: statement.id,
        before: { speakerId: statement.speakerId, speaker: statement.speaker?.name ?? null },
        after: { speakerId: speaker.id, speaker: speaker.name },
      });
      return { ok: true, message: `Speaker set to ${speaker.name}.`, revalidate: statementPaths(statement.id) };
    }),
});

export const mergeSpeakers = defineAction({
  schema: schemas.mergeSpeakersSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const speakerSelect = { id: true, name: true, slug: true, role: true, aliases: { select: { id: true, alias: true, normalized: true } } } as const;
      const source = await tx.speaker.findUnique({ where: { id: data.sourceSpeakerId }, select: speakerSelect });
      if (!source) return { ok: false, message: "That speaker no longer exists (perhaps already merged); nothing was saved." };
      const target = await tx.speaker.findUnique({ where: { slug: data.targetSpeakerSlug }, select: speakerSelect });
      if (!target) {
        return { ok: false, message: "Please correct the highlighted fields.", errors: { targetSpeakerSlug: ["No such speaker: pick one from the list."] } };
      }
      if (target.id === source.id) {
        return { ok: false, message: "Please correct the highlighted fields.", errors: { targetSpeakerSlug: ["Pick a different speaker to merge into."] } };
      }

      // Move every alias the target lacks, plus the source's own name; the rest go with the source row.
      const known = new Set(target.aliases.map((a) => a.normalized));
      const moved: string[] = [];
      for (const alias of source.aliases) {
        if (known.has(alias.normalized)) continue;
        await tx.speakerAlias.update({ where: { id: alias.id }, data: { speakerId: target.id } });
        known.add(alias.normalized);
        moved.push(alias.alias);
      }
      const sourceName = normalizeSpeakerName(source.name);
      if (sourceName && !known.has(sourceName)) {
        await tx.speakerAlias.create({ data: { speakerId: target.id, alias: source.name, normalized: sourceName } });
        moved.push(source.name);
      }

      // Bump each moved statement's version so an edit begun before the merge cannot undo it.
      const statements = await tx.statement.findMany({ where: { speakerId: source.id }, select: { id: true } });
      await tx.statement.updateMany({ where: { speakerId: source.id }, data: { speakerId: target.id, version: { increment: 1 } } });
      if (!target.role && source.role) await tx.speaker.update({ where: { id: target.id }, data: { role: source.role } });
      await tx.speaker.delete({ where: { id: source.id } });

      const entries: AuditEntry[] = [
        {
          userId: user.id,
          action: "speaker.merge",
          entityType: "speaker",
          entityId: target.id,
          before: { source: { id: source.id, name: source.name, slug: source.slug, role: source.role }, target: { id: target.id, name: target.name } },
          after: { target: { id: target.id, name: target.name }, aliasesMoved: moved, statementsMoved: statements.map((s) => s.id) },
        },
        ...statements.map((s) => ({
          userId: user.id,
          action: "statement.speaker",
          entityType: "statement" as const,
          entityId: s.id,
          before: { speakerId: source.id, speaker: source.name },
          after: { speakerId: target.id, speaker: target.name, merged: true },
        })),
      ];
      await recordAudits(tx, entries);
      return {
        ok: true,
        message: `Merged ${source.name} into ${target.name}: ${statements.length} statement${statements.length === 1 ? "" : "s"} and ${moved.length} alias${moved.length === 1 ? "" : "es"} moved.`,
        revalidate: ["/", "/statements/[id]"],
      };
    }),
});

export const editStatement = defineAction({
  schema: schemas.editStatementSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      const next = { text: data.text, type: data.type, saidOn: data.saidOn ?? null };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of ["text", "type", "saidOn"] as const) {
        if (statement[key] !== next[key]) {
          before[key] = statement[key];
          after[key] = next[key];
        }
      }
      if (statement.version === data.version && !Object.keys(after).length) return { ok: true, message: "Nothing changed." };
      await updateStatementAtVersion(tx, statement, data.version, { ...next, date: next.saidOn ?? statement.source.publishedOn }, describe.text);
      await recordAudit(tx, { userId: user.id, action: "statement.edit", entityType: "statement", entityId: statement.id, before, after });
      return { ok: true, message: "Statement saved.", revalidate: statementPaths(statement.id) };
    }),
});

export const setStatementStatus = defineAction({
  schema: schemas.setStatementStatusSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      if (statement.version === data.version && statement.status === data.status) return { ok: true, message: `Already ${data.status}.` };
      await updateStatementAtVersion(tx, statement, data.version, { status: data.status }, describe.status);
      await recordAudit(tx, {
        userId: user.id,
        action: "statement.status",
        entityType: "statement",
        entityId: statement.id,
        before: { status: statement.status },
        after: { status: data.status },
      });
      return { ok: true, message: `Marked ${data.status}.`, revalidate: statementPaths(statement.id) };
    }),
});

export const deleteStatement = defineAction({
  schema: schemas.deleteStatementSchema,
  role: "editor",
  run: (db, user, data) =>
    transact(db, async (tx) => {
      const statement = await requireStatement(tx, data.statementId);
      await updateStatementAtVersion(tx, statement, data.version, { deletedAt: new Date() }, describe.any);
      await recordAudit(tx, {
        userId: user.id,
        action: "statement.delete",
        entityType: "statement",
        entityId: statement.id,
        before: { text: statement.text, status: statement.status, speaker: statement.speaker?.name ?? null },
      });
      return { ok: true, message: "Statement deleted.", revalidate: statementPaths(statement.id) };
    }),
});

/** Every statement action, for the server-action exports and for the permission tests. */
export const statementActions = {
  tagStatement,
  untagStatement,
  bulkTagStatements,
  annotateStatement,
  editAnnotation,
  deleteAnnotation,
  correctSpeaker,
  mergeSpeakers,
  editStatement,
  setStatementStatus,
  deleteStatement,
};
