import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Vitest global setup: migrate one template database through the real migration script; test
// files copy it (see test-database.ts) so each works on its own real SQLite file.
export default function migrateTestDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-test-"));
  const template = path.join(dir, "template.db");
  execFileSync(process.execPath, ["--experimental-wasm-modules", "scripts/wasm-migrate.mjs", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: `file:${template}`, NODE_NO_WARNINGS: "1" },
    stdio: "pipe",
  });
  process.env.ONRECORD_TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
