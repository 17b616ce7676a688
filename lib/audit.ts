import type { Prisma } from "./generated/prisma/client";

export interface AuditEntry {
  userId: string;
  /** Dotted verb, e.g. `statement.status`, `annotation.add`, `speaker.merge`. */
  action: string;
  entityType: "statement" | "speaker" | "tag" | "user" | "source";
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Writes one history row; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: toAuditRow(entry) });
}

export async function recordAudits(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditEvent.createMany({ data: entries.map(toAuditRow) });
}

function toAuditRow(entry: AuditEntry) {
  return {
    userId: entry.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}
