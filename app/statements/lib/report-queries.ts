import "server-only";
import { prisma } from "@/lib/db";

/** Enough for any real story; a group larger than this is listed in part. */
const MAX_REPORTS = 50;

export interface StatementReport {
  id: number;
  text: string;
  type: "direct" | "partial" | "indirect";
  date: string | null;
  speaker: { name: string; slug: string } | null;
  source: { id: number; title: string | null; outlet: string | null; url: string | null; publishedOn: string | null };
}

/**
 * The other reports of a statement: the statements grouped with it at ingest, from any article,
 * earliest first. Null when the statement does not exist (or was deleted).
 */
export async function getStatementReports(statementId: number): Promise<{ text: string; reports: StatementReport[] } | null> {
  try {
    const statement = await prisma.statement.findFirst({
      where: { id: statementId, deletedAt: null },
      select: { text: true, groupId: true },
    });
    if (!statement) return null;
    if (statement.groupId == null) return { text: statement.text, reports: [] };
    const reports = await prisma.statement.findMany({
      where: { groupId: statement.groupId, deletedAt: null, id: { not: statementId } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: MAX_REPORTS,
      select: {
        id: true,
        text: true,
        type: true,
        date: true,
        speaker: { select: { name: true, slug: true } },
        source: { select: { id: true, title: true, outlet: true, url: true, publishedOn: true } },
      },
    });
    return { text: statement.text, reports };
  } catch (error) {
    console.error("getStatementReports failed", error);
    throw error;
  }
}
