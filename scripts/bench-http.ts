// npm run bench:http -- [--statements 100000 | --corpus <file or URL kept by bench:db --keep>] [--seconds 30]
//   [--connections 50] [--writes 5] [--port N] [--skip-build] [--database sqlite|postgres] [--database-url postgresql://...]
// Serves the built app (`next start`, loopback only) on a fresh synthetic corpus and drives it from
// a second process with autocannon over realistic table URLs, while an editor writes through the
// same mutation code the server actions run. Prints requests/s, latency p50/p95/p99, errors and
// the server's peak memory. Everything it starts is stopped before it exits.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchDatabaseOptions, existingBenchDatabase, openBenchServer } from "./lib/bench-database";
import { fillSyntheticDatabase, tableQueryMix } from "./lib/synthetic-database";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "100000" },
    /** A corpus `bench:db --keep` left behind (SQLite file or PostgreSQL URL): served (and written to) instead of a new one. */
    corpus: { type: "string" },
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "50" },
    writes: { type: "string", default: "5" },
    /** Default: a free port the system picks. */
    port: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    ...benchDatabaseOptions,
  },
});
const root = path.resolve(import.meta.dirname, "..");
const port = values.port ? Number(values.port) : await freePort();
const base = `http://127.0.0.1:${port}`;
/** A loopback port nobody listens on, so the load never reaches another process's server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const bin = (name: string) => path.join(root, "node_modules/.bin", name);

if (!values["skip-build"] || !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.log("bench:http: next build");
  execFileSync(bin("next"), ["build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

const dbServer = values.corpus ? null : await openBenchServer(values);
if (dbServer?.dialect === "postgres") console.log(`bench:http: ${dbServer.description}`);
const db = values.corpus ? existingBenchDatabase(values.corpus) : await dbServer!.createDatabase("bench-http");
process.env.DATABASE_URL = db.url;
const { createPrismaClient } = await import("../lib/prisma-client");
const { guardAction } = await import("../lib/action-guard");
const { editStatement, setStatementStatus } = await import("../app/statements/lib/statement-mutations");
const prisma = createPrismaClient(db.url);
let server: ChildProcess | undefined;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-bench-http-"));

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssBytes(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we listed it.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${current}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      continue;
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the server exited with ${server?.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not answer within 60 s");
}

try {
  if (!values.corpus) {
    const { stored, seconds } = await fillSyntheticDatabase(prisma, db, Number(values.statements));
    console.log(`bench:http: ${stored} statements stored in ${seconds.toFixed(0)} s`);
  }
  console.log(`bench:http: serving ${await prisma.statement.count()} statements`);
  const editor = await prisma.user.upsert({
    where: { id: "bench-editor" },
    create: { id: "bench-editor", name: "Bench Editor", email: "bench-editor@example.test", role: "editor" },
    update: {},
  });
  const user = { id: editor.id, name: editor.name, email: editor.email, role: "editor" as const };

  server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForServer(Date.now() + 60_000);

  const mix = await tableQueryMix(db);
  const paths = [...Object.values(mix).map((q) => (q ? `/?${q}` : "/")), "/?perPage=100", "/?outlet=Daily+Post+0"];
  for (const p of paths) await fetch(base + p).then((r) => r.text());
  const pathsFile = path.join(scratch, "paths.json");
  fs.writeFileSync(pathsFile, JSON.stringify(paths));

  let peakRss = treeRssBytes(server.pid!);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRssBytes(server!.pid!))), 250);

  // The editor: a status change or a text edit every 1/writes seconds, through the actions' code.
  const maxId = (await prisma.statement.aggregate({ _max: { id: true } }))._max.id ?? 1;
  const writes = { done: 0, failed: 0 };
  let writing = true;
  const writer = (async () => {
    const statuses = ["verified", "disputed", "rejected"] as const;
    for (let n = 0; writing; n++) {
      const statement = await prisma.statement.findUnique({ where: { id: 1 + ((n * 7919) % maxId) }, select: { id: true, version: true, text: true, type: true } });
      if (statement) {
        const result =
          n % 2 === 0
            ? await guardAction(setStatementStatus, prisma, user, { statementId: statement.id, version: statement.version, status: statuses[n % 3] })
            : await guardAction(editStatement, prisma, user, { statementId: statement.id, version: statement.version, text: `${statement.text} (edited)`, type: statement.type });
        if (result.ok) writes.done++;
        else writes.failed++;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 / Number(values.writes)));
    }
  })();

  const load = await new Promise<string>((resolve, reject) => {
    const child = spawn(bin("tsx"), [path.join(root, "scripts/lib/http-load.ts"), base, values.connections!, values.seconds!, pathsFile], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`load process exited with ${code}`))));
  });
  writing = false;
  await writer;
  clearInterval(sampler);

  const r = JSON.parse(load) as Record<string, number> & { statuses: Record<string, number> };
  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(`\nbench:http: ${db.dialect === "postgres" ? "PostgreSQL, " : ""}${values.connections} connections, ${values.seconds} s, ${paths.length} table URLs; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`requests/s        ${r.requestsPerSecond.toFixed(1)}  (${r.requests} requests)`);
  console.log(`latency ms        p50 ${r.p50.toFixed(0)}  p95 ${r.p95.toFixed(0)}  p99 ${r.p99.toFixed(0)}  max ${r.max.toFixed(0)}`);
  console.log(`errors            ${errors}  (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; statuses ${JSON.stringify(r.statuses)})`);
  console.log(`editor writes     ${writes.done} saved, ${writes.failed} refused`);
  console.log(`server peak RSS   ${Math.round(peakRss / 1048576)} MB`);
  if (errors || writes.failed) process.exitCode = 1;
} finally {
  if (server?.pid && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await prisma.$disconnect();
  await db.remove();
  await dbServer?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
