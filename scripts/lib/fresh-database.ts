import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "./migrate-database";

/** A new, migrated SQLite database in a temporary folder, made through the real migration script. */
export function createFreshDatabase(name: string): { url: string; file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `onrecord-${name}-`));
  const file = path.join(dir, `${name}.db`);
  const url = `file:${file}`;
  migrateDatabase(url);
  return { url, file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** p50/p95 of a list of milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}
