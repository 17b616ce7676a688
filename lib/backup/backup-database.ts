import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** The SQLite file a `file:` DATABASE_URL names, resolved as the app resolves it; null for other databases. */
export function sqliteFileOf(url: string): string | null {
  return url.startsWith("file:") ? path.resolve(url.slice("file:".length).split("?")[0]) : null;
}

export interface BackupResult {
  file: string;
  bytes: number;
  tables: Record<string, number>;
}

/**
 * Copies a live SQLite database to `destination` while the app keeps reading and writing it.
 * `VACUUM INTO` reads one snapshot inside a single read transaction: the copy holds every commit
 * up to that moment, including those still in the WAL file, and none after it. A file copy would
 * miss the WAL and could catch a half-written page. The copy is written beside the destination
 * and renamed into place, so a failed backup never leaves a partial file under the final name.
 */
export function backupDatabase(source: string, destination: string): BackupResult {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  if (fs.existsSync(destination)) throw new Error(`${destination} exists; choose a new file name`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  try {
    // Wait for a writer holding the lock rather than failing at once.
    db.pragma("busy_timeout = 10000");
    db.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  const check = verifyBackup(partial);
  fs.renameSync(partial, destination);
  return { file: destination, bytes: fs.statSync(destination).size, tables: check };
}

/** Row counts per table of a backup after SQLite's integrity check; throws when the file is damaged. */
export function verifyBackup(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${integrity}`);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
}
