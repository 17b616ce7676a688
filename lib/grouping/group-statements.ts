import type { Prisma } from "../generated/prisma/client";
import { candidateTerms, SAME_STATEMENT_THRESHOLD, statementFingerprint, wordingSimilarity } from "./statement-similarity";

type Tx = Prisma.TransactionClient;

/** How many full-text hits to score per new statement; the index returns the best-ranked first. */
const MAX_CANDIDATES = 25;

interface Candidate {
  groupId: number | bigint;
  text: string;
}

/**
 * Puts each ungrouped statement of one article into a group: the group of an earlier report of the
 * same statement when one is found, else a new group of its own. Runs inside the article's ingest
 * transaction, so the full-text index already holds the new rows.
 *
 * Scales with the index, not the table: an exact rewording is found by its fingerprint, anything
 * else among the few statements (from other articles, by a compatible speaker) that the index
 * ranks highest for the new statement's rarest words.
 */
export async function groupSourceStatements(tx: Tx, sourceId: number): Promise<void> {
  const statements = await tx.statement.findMany({
    where: { sourceId, groupId: null, deletedAt: null },
    select: { id: true, text: true, speakerId: true, date: true },
    orderBy: { startOffset: "asc" },
  });
  for (const statement of statements) {
    const fingerprint = statementFingerprint(statement.text, statement.speakerId);
    const groupId =
      (await tx.statementGroup.findUnique({ where: { fingerprint }, select: { id: true } }))?.id ??
      (await findSimilarGroup(tx, statement, sourceId));
    if (groupId == null) {
      await tx.statementGroup.create({
        data: { fingerprint, firstOn: statement.date, size: 1, statements: { connect: { id: statement.id } } },
      });
    } else {
      await joinGroup(tx, groupId, statement);
    }
  }
}

async function findSimilarGroup(
  tx: Tx,
  statement: { text: string; speakerId: number | null },
  sourceId: number,
): Promise<number | null> {
  const terms = candidateTerms(statement.text);
  if (!terms.length) return null;
  const match = terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(" OR ");
  const candidates = await tx.$queryRawUnsafe<Candidate[]>(
    `SELECT s.group_id AS groupId, s.text AS text
     FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
     WHERE statements_fts MATCH ? AND s.source_id <> ? AND s.group_id IS NOT NULL AND s.deleted_at IS NULL
       AND (? IS NULL OR s.speaker_id IS NULL OR s.speaker_id = ?)
     ORDER BY statements_fts.rank LIMIT ?`,
    match,
    sourceId,
    statement.speakerId,
    statement.speakerId,
    MAX_CANDIDATES,
  );
  let best: { groupId: number; score: number } | null = null;
  for (const candidate of candidates) {
    const score = wordingSimilarity(statement.text, candidate.text);
    if (score >= SAME_STATEMENT_THRESHOLD && (!best || score > best.score)) best = { groupId: Number(candidate.groupId), score };
  }
  return best?.groupId ?? null;
}

async function joinGroup(tx: Tx, groupId: number, statement: { id: number; date: string | null }): Promise<void> {
  const group = await tx.statementGroup.findUniqueOrThrow({ where: { id: groupId }, select: { firstOn: true } });
  const firstOn = statement.date && (!group.firstOn || statement.date < group.firstOn) ? statement.date : group.firstOn;
  await tx.statementGroup.update({
    where: { id: groupId },
    data: { size: { increment: 1 }, firstOn, statements: { connect: { id: statement.id } } },
  });
}
