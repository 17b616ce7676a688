// The write half of `npm run bench:soak`, in its own process so its synchronous SQLite calls never
// stall the reader's clock. Runs the editors' own mutations (the functions behind the server
// actions, permission checks and all) until SOAK_UNTIL, and appends one JSON line per answer to
// SOAK_LOG: `{ action, input, ok, message, ms }`. A line is written only after the mutation returned.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { guardAction, type ActionSpec } from "../../lib/action-guard";
import type { SessionUser } from "../../lib/auth/roles";
import { createPrismaClient } from "../../lib/prisma-client";
import { statementActions } from "../../app/statements/lib/statement-mutations";
import { EDITABLE_STATUSES } from "../../app/statements/lib/validations";
import { createRandom } from "./synthetic-corpus";

const until = Number(process.env.SOAK_UNTIL);
const log = process.env.SOAK_LOG!;
const writers = Number(process.env.SOAK_WRITERS ?? 2);
const editor: SessionUser = JSON.parse(process.env.SOAK_EDITOR!);
const prisma = createPrismaClient();
const statementIds = (await prisma.statement.findMany({ where: { deletedAt: null }, select: { id: true } })).map((s) => s.id);
const tagIds = (await prisma.tag.findMany({ select: { id: true } })).map((t) => t.id);

async function writer(n: number) {
  const random = createRandom(1000 + n);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  for (let i = 0; Date.now() < until; i++) {
    const statementId = pick(statementIds);
    const roll = random();
    let action: keyof typeof statementActions;
    let input: Record<string, unknown>;
    if (roll < 0.5) {
      action = "annotateStatement";
      input = { statementId, body: `soak note ${n}-${i}` };
    } else if (roll < 0.85) {
      // Read the version, then ask for a status it does not have: another writer may get there first.
      const current = await prisma.statement.findUniqueOrThrow({ where: { id: statementId }, select: { version: true, status: true } });
      action = "setStatementStatus";
      input = { statementId, version: current.version, status: pick(EDITABLE_STATUSES.filter((s) => s !== current.status)) };
    } else {
      action = "tagStatement";
      input = { statementId, tagId: pick(tagIds) };
    }
    const start = performance.now();
    const result = await guardAction(statementActions[action] as unknown as ActionSpec<never>, prisma, editor, input);
    fs.appendFileSync(log, `${JSON.stringify({ action, input, ok: result.ok, message: result.message, ms: performance.now() - start })}\n`);
  }
}

try {
  await Promise.all(Array.from({ length: writers }, (_, n) => writer(n)));
} finally {
  await prisma.$disconnect();
}
