import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Applies the migrations to the database `url` names (SQLite file or PostgreSQL) through the real migration script. */
export function migrateDatabase(url: string): void {
  execFileSync(process.execPath, ["--experimental-wasm-modules", "scripts/wasm-migrate.mjs", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_NO_WARNINGS: "1" },
    stdio: "pipe",
  });
}
