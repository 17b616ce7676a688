import type { Prisma } from "../generated/prisma/client";
import { executeRaw, queryRaw, sqlDialect } from "../sql";
import {
  candidateTerms,
  SAME_STATEMENT_THRESHOLD,
  candidateSearch,
  statementFingerprint,
  wordingSimilarity,
} from "./statement-similarity";

type Tx = Prisma.TransactionClient;

/** How many full-text hits to score per new statement; the index returns the best-ranked first. */
const MAX_CANDIDATES = 25;
/** A word in this many statements or more is too common to search by: counting stops here. */
const RARE_BELOW = 100;
/** Sub-queries per compound SELECT, well under SQLite's limit of 500. */
const QUERIES_PER_ROUND_TRIP = 100;

interface NewStatement {
  id: number;
  text: string;
  speakerId: number | null;
  date: string | null;
}

/**
 * Puts each ungrouped statement of one article into a group: the group of an earlier report of the
 * same statement when one is found, else a new group. Runs inside the article's ingest transaction,
 * so the full-text index already holds the new rows.
 *
 * Scales with the index, not the table: an exact rewording is found by its fingerprint, anything
 * else among the few statements (from other articles, by a compatible speaker) that the index
 * ranks highest for the new statement's rarest words (see candidateSearch). Word frequencies are
 * counted only up to RARE_BELOW, so each lookup reads a bounded part of the index however large the
 * table grows, and the lookups and writes of a whole article are batched into a few round trips.
 */
export async function groupSourceStatements(tx: Tx, sourceId: number): Promise<void> {
  const statements = await tx.statement.findMany({
    where: { sourceId, groupId: null, deletedAt: null },
    select: { id: true, text: true, speakerId: true, date: true },
    orderBy: { startOffset: "asc" },
  });
  if (!statements.length) return;
  const fingerprints = statements.map((s) => statementFingerprint(s.text, s.speakerId));
  const known = new Map(
    (
      await tx.statementGroup.findMany({ where: { fingerprint: { in: [...new Set(fingerprints)] } }, select: { id: true, fingerprint: true } })
    ).map((g) => [g.fingerprint, g.id]),
  );
  const unmatched = statements.filter((_, i) => !known.has(fingerprints[i]));
  const similar = await findSimilarGroups(tx, sourceId, unmatched);

  // Decide in reading order, so a statement the article repeats word for word joins its first telling.
  const joining = new Map<number, NewStatement[]>();
  const creating = new Map<string, NewStatement[]>();
  statements.forEach((statement, i) => {
    const groupId = known.get(fingerprints[i]) ?? similar.get(statement.id);
    if (groupId != null) joining.set(groupId, [...(joining.get(groupId) ?? []), statement]);
    else creating.set(fingerprints[i], [...(creating.get(fingerprints[i]) ?? []), statement]);
  });

  const assigned: [statementId: number, groupId: number][] = [];
  for (const [groupId, members] of joining) {
    const firstOn = earliest(members);
    await executeRaw(
      tx,
      `UPDATE statement_groups SET size = size + ?,
         first_on = CASE WHEN CAST(? AS TEXT) IS NOT NULL AND (first_on IS NULL OR CAST(? AS TEXT) < first_on) THEN CAST(? AS TEXT) ELSE first_on END
       WHERE id = ?`,
      members.length,
      firstOn,
      firstOn,
      firstOn,
      groupId,
    );
    for (const m of members) assigned.push([m.id, groupId]);
  }
  if (creating.size) {
    const groups = [...creating];
    const created = await queryRaw<{ id: number | bigint; fingerprint: string }[]>(
      tx,
      `INSERT INTO statement_groups (fingerprint, first_on, size) VALUES ${groups.map(() => "(?, ?, ?)").join(", ")} RETURNING id, fingerprint`,
      ...groups.flatMap(([fingerprint, members]) => [fingerprint, earliest(members), members.length]),
    );
    const ids = new Map(created.map((g) => [g.fingerprint, Number(g.id)]));
    for (const [fingerprint, members] of groups) for (const m of members) assigned.push([m.id, ids.get(fingerprint)!]);
  }
  await executeRaw(
    tx,
    `UPDATE statements SET group_id = CASE id ${assigned.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END
     WHERE id IN (${assigned.map(() => "?").join(", ")})`,
    ...assigned.flat(),
    ...assigned.map(([statementId]) => statementId),
  );
}

function earliest(statements: NewStatement[]): string | null {
  return statements.reduce<string | null>((min, s) => (s.date && (!min || s.date < min) ? s.date : min), null);
}

/** For each statement, the group of its most similar earlier report in another article, if one is similar enough. */
async function findSimilarGroups(tx: Tx, sourceId: number, statements: NewStatement[]): Promise<Map<number, number>> {
  const pools = statements.map((s) => candidateTerms(s.text));
  const docs = await countStatementsWith(tx, [...new Set(pools.flat())]);
  const searches = statements.flatMap((statement, i) => {
    const search = candidateSearch(
      pools[i].map((term) => ({ term, docs: docs.get(term) ?? 0 })),
      RARE_BELOW,
    );
    return search ? [{ statement, search }] : [];
  });
  const best = new Map<number, number>();
  const postgres = sqlDialect(tx) === "postgres";
  for (let start = 0; start < searches.length; start += QUERIES_PER_ROUND_TRIP) {
    const batch = searches.slice(start, start + QUERIES_PER_ROUND_TRIP);
    const candidates = await queryRaw<{ k: number | bigint; groupId: number | bigint; text: string }[]>(
      tx,
      batch
        .map(({ search }) =>
          postgres
            ? `SELECT * FROM (SELECT CAST(? AS INTEGER) AS k, s.group_id AS "groupId", s.text AS text
            FROM statements_search hit CROSS JOIN websearch_to_tsquery('onrecord', ?) q JOIN statements s ON s.id = hit.statement_id
            WHERE hit.document @@ q AND s.source_id <> ? AND s.group_id IS NOT NULL AND s.deleted_at IS NULL
              AND (CAST(? AS INTEGER) IS NULL OR s.speaker_id IS NULL OR s.speaker_id = ?)
            ORDER BY ${search.ranked ? "ts_rank(hit.document, q) DESC" : "hit.statement_id DESC"} LIMIT ?) AS candidates`
            : `SELECT * FROM (SELECT CAST(? AS INTEGER) AS k, s.group_id AS "groupId", s.text AS text
            FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
            WHERE statements_fts MATCH ? AND s.source_id <> ? AND s.group_id IS NOT NULL AND s.deleted_at IS NULL
              AND (? IS NULL OR s.speaker_id IS NULL OR s.speaker_id = ?)
            ORDER BY ${search.ranked ? "statements_fts.rank" : "statements_fts.rowid DESC"} LIMIT ?)`,
        )
        .join(" UNION ALL "),
      ...batch.flatMap(({ statement, search }) => [
        statement.id,
        postgres ? toWebSearch(search.match) : search.match,
        sourceId,
        statement.speakerId,
        statement.speakerId,
        MAX_CANDIDATES,
      ]),
    );
    const texts = new Map(batch.map(({ statement }) => [statement.id, statement.text]));
    const scores = new Map<number, number>();
    for (const candidate of candidates) {
      const statementId = Number(candidate.k);
      const score = wordingSimilarity(texts.get(statementId)!, candidate.text);
      if (score >= SAME_STATEMENT_THRESHOLD && score > (scores.get(statementId) ?? 0)) {
        scores.set(statementId, score);
        best.set(statementId, Number(candidate.groupId));
      }
    }
  }
  return best;
}

/** In how many statements each word occurs, counted up to RARE_BELOW. */
async function countStatementsWith(tx: Tx, terms: string[]): Promise<Map<string, number>> {
  const docs = new Map<string, number>();
  const match =
    sqlDialect(tx) === "postgres"
      ? "SELECT 1 FROM statements_search WHERE document @@ websearch_to_tsquery('onrecord', ?) LIMIT ?"
      : "SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?";
  for (let start = 0; start < terms.length; start += QUERIES_PER_ROUND_TRIP) {
    const batch = terms.slice(start, start + QUERIES_PER_ROUND_TRIP);
    const counts = await queryRaw<{ i: number | bigint; docs: number | bigint }[]>(
      tx,
      batch.map((_, i) => `SELECT ${i} AS i, COUNT(*) AS docs FROM (${match}) AS hits`).join(" UNION ALL "),
      ...batch.flatMap((term) => [`"${term.replace(/"/g, '""')}"`, RARE_BELOW]),
    );
    for (const c of counts) docs.set(batch[Number(c.i)], Number(c.docs));
  }
  return docs;
}

/**
 * An FTS5 match of quoted words joined by AND / OR, as PostgreSQL's websearch syntax: there a
 * space is AND and `or` is OR, and the quoted words stay phrases.
 */
function toWebSearch(match: string): string {
  return match.replace(/" (AND|OR) "/g, (_, op: string) => (op === "OR" ? '" or "' : '" "'));
}
