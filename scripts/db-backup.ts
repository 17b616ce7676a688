// npm run db:backup [-- <file>]: an online, consistent copy of the database (see lib/backup).
// The app may keep running; restoring is described in the README ("Backups").
import path from "node:path";
import { backupDatabase, sqliteFileOf } from "../lib/backup/backup-database";
import { getDatabaseUrl } from "../lib/database-url";

const url = getDatabaseUrl();
const source = sqliteFileOf(url);
if (!source) {
  console.error("db:backup copies the embedded SQLite database; for PostgreSQL use pg_dump.");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = path.resolve(process.argv[2] ?? `data/backups/onrecord-${stamp}.db`);
try {
  const result = backupDatabase(source, destination);
  const rows = Object.entries(result.tables)
    .filter(([table]) => ["sources", "statements", "speakers", "annotations", "audit_events", "user"].includes(table))
    .map(([table, count]) => `${table} ${count}`)
    .join(", ");
  console.log(`backed up ${source} to ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB; integrity ok; ${rows})`);
} catch (error) {
  console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
