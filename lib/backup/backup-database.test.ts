import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../ingest/ingest-files";
import { createPrismaClient } from "../prisma-client";
import { createTestDatabase } from "../testing/test-database";
import { backupDatabase, sqliteFileOf, verifyBackup } from "./backup-database";

const { prisma, file: testFile } = await createTestDatabase();
if (!testFile) throw new Error("backups copy the SQLite file: this test runs in the SQLite project only");
const file = testFile;
const dir = path.dirname(file);
const made: string[] = [];
const target = (name: string) => {
  const f = path.join(dir, `${path.basename(file, ".db")}-${name}.db`);
  made.push(f, `${f}-wal`, `${f}-shm`);
  return f;
};
afterAll(async () => {
  await prisma.$disconnect();
  for (const f of made) fs.rmSync(f, { force: true });
});

// One writer process: each transaction is one article (a source, three statements and an audit
// event), so a consistent copy has every source with exactly three statements.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 10000");
db.pragma("wal_autocheckpoint = 0");
const source = db.prepare("INSERT INTO sources (title, body, content_hash, updated_at) VALUES (?, 'body', ?, CURRENT_TIMESTAMP)");
const statement = db.prepare("INSERT INTO statements (source_id, text, type, start_offset, end_offset, updated_at) VALUES (?, ?, 'direct', 0, 1, CURRENT_TIMESTAMP)");
const audit = db.prepare("INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('source.create', 'source', ?)");
const article = db.transaction((n) => {
  const id = source.run("backup test " + n, "backup-" + process.pid + "-" + n).lastInsertRowid;
  for (let i = 0; i < 3; i++) statement.run(id, "statement " + i + " of backuparticle " + n);
  audit.run(String(id));
});
const until = Date.now() + Number(process.argv[2]);
let n = 0;
while (Date.now() < until) article(n++);
console.log(n);
`;

function writeFor(db: string, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", WRITER, db, String(ms)], { cwd: path.resolve(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`writer exited ${code}`))));
  });
}

/** Each written article's statements in one backup: all three or none, never part of one. */
function articlesIn(backup: string): { articles: number; partial: number } {
  const db = new Database(backup, { readonly: true });
  const perSource = db
    .prepare("SELECT so.id, COUNT(s.id) AS n FROM sources so LEFT JOIN statements s ON s.source_id = so.id WHERE so.title LIKE 'backup test %' GROUP BY so.id")
    .all() as { n: number }[];
  const audits = db.prepare("SELECT COUNT(*) FROM audit_events WHERE action = 'source.create'").pluck().get() as number;
  db.close();
  expect(audits).toBe(perSource.length);
  return { articles: perSource.length, partial: perSource.filter((r) => r.n !== 3).length };
}

/** Every row of every table, for comparing a restored database with the original. */
function dump(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  const tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, conn.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  conn.close();
  return rows;
}

describe("npm run db:backup", () => {
  it("resolves the database file the app uses", () => {
    expect(sqliteFileOf("file:./data/onrecord.db")).toBe(path.resolve("data/onrecord.db"));
    expect(sqliteFileOf("postgresql://localhost/onrecord")).toBeNull();
  });

  it("includes commits that are still only in the WAL file, which a file copy misses", async () => {
    await ingestFiles(prisma, [path.resolve(import.meta.dirname, "../../seeds")]);
    const live = new Database(file);
    live.pragma("wal_autocheckpoint = 0");
    live.pragma("wal_checkpoint(TRUNCATE)");
    live.prepare("INSERT INTO tags (name, slug) VALUES ('only-in-wal', 'only-in-wal')").run();
    const copied = target("file-copy");
    fs.copyFileSync(file, copied);
    const backup = target("wal");
    backupDatabase(file, backup);
    live.close();
    const tagsIn = (f: string) => new Database(f, { readonly: true }).prepare("SELECT name FROM tags").pluck().all();
    expect(tagsIn(copied)).not.toContain("only-in-wal");
    expect(tagsIn(backup)).toContain("only-in-wal");
    expect(verifyBackup(backup).statements).toBe(await prisma.statement.count());
  });

  it("copies a consistent snapshot while another process writes, and the restored copy holds every row", async () => {
    const writing = writeFor(file, 3_000);
    const backups: string[] = [];
    // Back up repeatedly while the writer runs: each copy must hold whole articles only.
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 4; i++) {
      const backup = target(`during-${i}`);
      backupDatabase(file, backup);
      backups.push(backup);
      await new Promise((r) => setTimeout(r, 400));
    }
    const written = await writing;
    const seen = backups.map(articlesIn);
    for (const s of seen) expect(s.partial).toBe(0);
    expect(seen.at(-1)!.articles).toBeGreaterThan(0);
    expect(seen.at(-1)!.articles).toBeLessThanOrEqual(written);

    // Restore: the documented steps (stop the app, put the backup in place of the database, drop
    // the old -wal and -shm files), then the app's own client reads it.
    const final = target("final");
    backupDatabase(file, final);
    const restored = target("restored");
    fs.copyFileSync(final, restored);
    const client = createPrismaClient(`file:${restored}`);
    try {
      expect(await client.source.count()).toBe(await prisma.source.count());
      expect(await client.statement.count()).toBe(await prisma.statement.count());
      expect(await client.auditEvent.count()).toBe(await prisma.auditEvent.count());
      const hits = await client.$queryRawUnsafe<{ n: number }[]>("SELECT COUNT(*) AS n FROM statements_fts WHERE statements_fts MATCH 'backuparticle'");
      expect(Number(hits[0].n)).toBe(written * 3);
    } finally {
      await client.$disconnect();
    }
    expect(dump(restored)).toEqual(dump(file));
    expect(articlesIn(restored)).toEqual({ articles: written, partial: 0 });
  });

  it("refuses to overwrite an existing file and leaves no partial file behind", () => {
    const existing = target("existing");
    fs.writeFileSync(existing, "keep me");
    expect(() => backupDatabase(file, existing)).toThrow(/exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    expect(() => backupDatabase(path.join(dir, "missing.db"), target("from-missing"))).toThrow(/No database/);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);
  });
});
