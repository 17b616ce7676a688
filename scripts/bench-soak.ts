// npm run bench:soak: the built app under mixed load for a bounded time, then an audit of what was
// acknowledged. Starts `next start` on loopback against a fresh database loaded with seeds/; readers
// fetch table, statement, speaker and API URLs over HTTP while a writer process runs the editors'
// mutations. Afterwards every acknowledged write must be in the database and the audit log must hold
// exactly one event per acknowledged write, no more, no fewer.
//
//   SOAK_SECONDS=150  how long to run (default 150)
//   SOAK_READERS=4    concurrent HTTP readers      SOAK_WRITERS=2  concurrent writers
//   SOAK_PORT=3190    loopback port for the app
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createFreshDatabase, percentiles } from "./lib/fresh-database";
import { createRandom } from "./lib/synthetic-corpus";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 150);
const READERS = Number(process.env.SOAK_READERS ?? 4);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 2);
const PORT = Number(process.env.SOAK_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const root = path.resolve(import.meta.dirname, "..");

if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("bench:soak runs the built app: run `npm run build` first.");
  process.exit(2);
}

const db = createFreshDatabase("soak");
process.env.DATABASE_URL = db.url;
const { prisma } = await import("../lib/db");
const { ingestFiles } = await import("../lib/ingest/ingest-files");

await ingestFiles(prisma, [path.join(root, "seeds")]);
const editor = { id: "soak-editor", name: "Soak Editor", email: "soak-editor@onrecord.local", role: "editor" as const };
await prisma.user.create({ data: editor });
await prisma.tag.createMany({ data: ["economy", "defence", "energy"].map((name) => ({ name, slug: name })) });
const statementIds = (await prisma.statement.findMany({ select: { id: true } })).map((s) => s.id);
const speakerSlugs = (await prisma.speaker.findMany({ select: { slug: true } })).map((s) => s.slug);
const auditBaseline = (await prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;

const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
  cwd: root,
  env: { ...process.env, NODE_NO_WARNINGS: "1", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stopServer = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stopServer);

/** Resident memory of the server and its child processes, in MB. */
function serverRssMb(): number {
  const pids = [server.pid!];
  for (let i = 0; i < pids.length; i++) {
    for (const task of fs.readdirSync(`/proc/${pids[i]}/task`, { withFileTypes: true })) {
      const children = fs.readFileSync(`/proc/${pids[i]}/task/${task.name}/children`, "utf8").trim();
      if (children) pids.push(...children.split(" ").map(Number));
    }
  }
  let kb = 0;
  for (const pid of pids) {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    kb += match ? Number(match[1]) : 0;
  }
  return kb / 1024;
}

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${BASE}/sign-in`).then((r) => r.ok, () => false)) break;
    if (i > 300 || server.exitCode !== null) throw new Error("the app did not start");
    await new Promise((r) => setTimeout(r, 100));
  }

  const random = createRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const readUrls = [
    () => "/",
    () => `/?q=${pick(["risk", "conflict", "Russia", '"press conference"', "NATO talks"])}&sort=relevance`,
    () => `/?speaker=${pick(speakerSlugs)}`,
    () => `/?sort=${pick(["speaker", "source", "status", "date"])}.${pick(["asc", "desc"])}&perPage=${pick([25, 50, 100])}`,
    () => `/?status=${pick(["verified", "disputed", "rejected", "unreviewed"])}`,
    () => `/?page=${1 + Math.floor(random() * 4)}`,
    () => `/statements/${pick(statementIds)}`,
    () => `/speakers/${pick(speakerSlugs)}`,
    () => `/api/statements?limit=50&speaker=${pick(speakerSlugs)}`,
  ];

  const started = Date.now();
  const until = started + SECONDS * 1000;
  const log = path.join(path.dirname(db.file), "writes.jsonl");
  fs.writeFileSync(log, "");
  const writer = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/lib/soak-writer.ts")], {
    cwd: root,
    env: { ...process.env, SOAK_UNTIL: String(until), SOAK_LOG: log, SOAK_WRITERS: String(WRITERS), SOAK_EDITOR: JSON.stringify(editor) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const writerDone = new Promise<number | null>((resolve) => writer.on("exit", resolve));

  const readTimes: number[] = [];
  const readErrors: string[] = [];
  let peakRss = serverRssMb();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb())), 250);
  const progress = setInterval(() => console.log(`bench:soak: ${Math.round((Date.now() - started) / 1000)} s, ${readTimes.length} reads, ${peakRss.toFixed(0)} MB peak`), 30_000);
  console.log(`bench:soak: ${SECONDS} s on ${BASE}, ${READERS} readers, ${WRITERS} writers, ${statementIds.length} statements`);

  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (Date.now() < until) {
        const url = pick(readUrls)();
        const start = performance.now();
        try {
          const response = await fetch(BASE + url);
          await response.arrayBuffer();
          if (response.status !== 200) readErrors.push(`${response.status} ${url}`);
        } catch (error) {
          readErrors.push(`${error instanceof Error ? error.message : String(error)} ${url}`);
        }
        readTimes.push(performance.now() - start);
      }
    }),
  );
  const writerExit = await writerDone;
  clearInterval(sampler);
  clearInterval(progress);
  const elapsed = (Date.now() - started) / 1000;

  // What the writers were told, against what the database and its audit log hold.
  type Answer = { action: string; input: { statementId: number; body?: string; status?: string; version?: number; tagId?: number }; ok: boolean; message: string; ms: number };
  const answers: Answer[] = fs.readFileSync(log, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
  const acknowledged = answers.filter((a) => a.ok);
  const changed = acknowledged.filter((a) => /^(Annotation added|Marked |Tagged “)/.test(a.message));
  const problems: string[] = [];

  const notes = new Set((await prisma.annotation.findMany({ where: { deletedAt: null }, select: { statementId: true, body: true } })).map((a) => `${a.statementId}|${a.body}`));
  for (const a of changed.filter((a) => a.action === "annotateStatement")) {
    if (!notes.has(`${a.input.statementId}|${a.input.body}`)) problems.push(`missing annotation “${a.input.body}”`);
  }
  const statuses = new Map((await prisma.statement.findMany({ select: { id: true, status: true, version: true } })).map((s) => [s.id, s]));
  const lastStatus = new Map<number, Answer>();
  for (const a of changed.filter((a) => a.action === "setStatementStatus")) {
    const seen = lastStatus.get(a.input.statementId);
    if (!seen || seen.input.version! < a.input.version!) lastStatus.set(a.input.statementId, a);
  }
  for (const [id, a] of lastStatus) {
    const now = statuses.get(id)!;
    if (now.status !== a.input.status || now.version !== a.input.version! + 1) {
      problems.push(`statement ${id}: acknowledged ${a.input.status} at version ${a.input.version! + 1}, database has ${now.status} at ${now.version}`);
    }
  }
  const links = new Set((await prisma.statementTag.findMany({ select: { statementId: true, tagId: true } })).map((l) => `${l.statementId}|${l.tagId}`));
  for (const a of changed.filter((a) => a.action === "tagStatement")) {
    if (!links.has(`${a.input.statementId}|${a.input.tagId}`)) problems.push(`missing tag ${a.input.tagId} on statement ${a.input.statementId}`);
  }

  // One audit event per acknowledged change: compare the two as multisets.
  const tagNames = new Map((await prisma.tag.findMany()).map((t) => [t.id, t.name]));
  const expected = changed.map((a) =>
    a.action === "annotateStatement"
      ? `annotation.add|${a.input.statementId}|${a.input.body}`
      : a.action === "setStatementStatus"
        ? `statement.status|${a.input.statementId}|${a.input.status}`
        : `statement.tag|${a.input.statementId}|${tagNames.get(a.input.tagId!)}`,
  );
  const events = await prisma.auditEvent.findMany({ where: { id: { gt: auditBaseline } }, select: { action: true, entityId: true, after: true } });
  const logged = events.map((e) => {
    const after = JSON.parse(e.after ?? "{}");
    return `${e.action}|${e.entityId}|${after.body ?? after.status ?? after.tag}`;
  });
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const [want, have] = [count(expected), count(logged)];
  for (const key of new Set([...want.keys(), ...have.keys()])) {
    if (want.get(key) !== have.get(key)) problems.push(`audit ${key}: ${want.get(key) ?? 0} acknowledged, ${have.get(key) ?? 0} logged`);
  }

  const reads = percentiles(readTimes);
  const writes = percentiles(answers.map((a) => a.ms));
  const byAction = (name: string) => acknowledged.filter((a) => a.action === name).length;
  const refused = answers.filter((a) => !a.ok);
  console.log(`
bench:soak: ${elapsed.toFixed(0)} s, ${READERS} readers, ${WRITERS} writers (loopback, built app, fresh database)
  reads          ${readTimes.length} requests (${(readTimes.length / elapsed).toFixed(1)}/s), ${readErrors.length} errors, p50 ${reads.p50.toFixed(1)} ms, p95 ${reads.p95.toFixed(1)} ms
  writes         ${answers.length} answered, ${acknowledged.length} acknowledged (${byAction("annotateStatement")} annotations, ${byAction("setStatementStatus")} status changes, ${byAction("tagStatement")} tags), ${refused.length} refused as stale or duplicate, p50 ${writes.p50.toFixed(1)} ms, p95 ${writes.p95.toFixed(1)} ms
  audit log      ${events.length} events for ${changed.length} acknowledged changes
  peak RSS       ${peakRss.toFixed(0)} MB (server)
  verification   ${problems.length === 0 ? "every acknowledged write is stored, and the audit log matches it one to one" : `${problems.length} problems`}`);
  for (const line of [...readErrors.slice(0, 10), ...problems.slice(0, 20)]) console.log(`  ! ${line}`);
  const unexpected = refused.filter((a) => !/Someone else changed this/.test(a.message));
  for (const a of unexpected.slice(0, 10)) console.log(`  ! refused: ${a.action} ${a.message}`);
  if (problems.length || readErrors.length || unexpected.length || writerExit !== 0) process.exitCode = 1;
} finally {
  stopServer();
  await prisma.$disconnect();
  db.remove();
}
