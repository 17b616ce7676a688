import "server-only";
import { prisma } from "@/lib/db";
import { readTogether } from "@/lib/sql";
import { describeAuditEvent } from "./audit-labels";
import { paragraphAround } from "./paragraph-around";

/** Everything the statement page shows; null when the statement does not exist or was deleted. */
export async function getStatementPage(id: number) {
  try {
    const statement = await prisma.statement.findFirst({
      where: { id, deletedAt: null },
      select: {
        id: true,
        text: true,
        type: true,
        status: true,
        cue: true,
        mention: true,
        saidOn: true,
        date: true,
        version: true,
        startOffset: true,
        endOffset: true,
        createdAt: true,
        speaker: { select: { id: true, name: true, slug: true, role: true, kind: true } },
        source: { select: { id: true, title: true, url: true, outlet: true, publishedOn: true, body: true } },
        tags: { select: { tag: { select: { id: true, name: true, slug: true, color: true } } }, orderBy: { createdAt: "asc" } },
        annotations: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, body: true, version: true, createdAt: true, updatedAt: true, authorId: true, author: { select: { name: true } } },
        },
      },
    });
    if (!statement) return null;
    const [history, siblings, allTags] = await readTogether(prisma, [
      prisma.auditEvent.findMany({
        where: { entityType: "statement", entityId: String(id) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 200,
        select: { id: true, action: true, before: true, after: true, createdAt: true, user: { select: { name: true } } },
      }),
      prisma.statement.findMany({
        where: { sourceId: statement.source.id, deletedAt: null, id: { not: id } },
        orderBy: { startOffset: "asc" },
        take: 100,
        select: { id: true, text: true, type: true, speaker: { select: { name: true } } },
      }),
      prisma.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, color: true } }),
    ]);
    const { body, ...source } = statement.source;
    return {
      statement: { ...statement, source, tags: statement.tags.map((t) => t.tag) },
      excerpt: paragraphAround(body, statement.startOffset, statement.endOffset),
      history: history.map((event) => ({
        id: event.id,
        at: event.createdAt,
        who: event.user?.name ?? "someone",
        what: describeAuditEvent(event),
      })),
      siblings,
      allTags,
    };
  } catch (error) {
    console.error("getStatementPage failed", error);
    throw error;
  }
}

export type StatementPageData = NonNullable<Awaited<ReturnType<typeof getStatementPage>>>;

/** Every tag, for the tag pickers. */
export async function getAllTags() {
  return prisma.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, color: true } });
}
