// Serves the built app for Playwright on a fresh database: migrate, seed, `next start`.
//   node scripts/e2e-server.mjs              SQLite (data/e2e.db), port E2E_PORT (3123)
//   node scripts/e2e-server.mjs postgres     a throwaway PostgreSQL server, port E2E_POSTGRES_PORT (3125)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startPostgresServer } from "./postgres-server.mjs";

const root = path.resolve(import.meta.dirname, "..");
const postgres = process.argv[2] === "postgres";
let databaseUrl;
let stopPostgres = async () => {};
if (postgres) {
  const server = await startPostgresServer();
  databaseUrl = server.url;
  stopPostgres = server.stop;
} else {
  const dbFile = path.join(root, "data/e2e.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  databaseUrl = `file:${dbFile}`;
}
const port = postgres ? (process.env.E2E_POSTGRES_PORT ?? "3125") : (process.env.E2E_PORT ?? "3123");
// ONRECORD_DEMO_USERS: ensure-admin also creates the demo editor and viewer the specs sign in as.
const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_NO_WARNINGS: "1", ONRECORD_DEMO_USERS: "1" };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, stdio: "inherit" });
try {
  run(process.execPath, ["--experimental-wasm-modules", "scripts/wasm-migrate.mjs", "deploy"]);
  run(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts"]);
  run(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-admin.ts"]);
} catch (error) {
  await stopPostgres();
  throw error;
}
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await stopPostgres();
  process.exit(code ?? 0);
});
