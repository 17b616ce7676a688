// Serves the built app for Playwright on a fresh database: migrate, seed, `next start`.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dbFile = path.join(root, "data/e2e.db");
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
// ONRECORD_DEMO_USERS: ensure-admin also creates the demo editor and viewer the specs sign in as.
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: "1", NODE_NO_WARNINGS: "1", ONRECORD_DEMO_USERS: "1" };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, stdio: "inherit" });
run(process.execPath, ["--experimental-wasm-modules", "scripts/wasm-migrate.mjs", "deploy"]);
run(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts"]);
run(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-admin.ts"]);
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", process.env.E2E_PORT ?? "3123", "-H", "127.0.0.1"], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
