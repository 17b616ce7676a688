import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { backupDatabase } from "../lib/backup/backup-database";
import { watchCspViolations } from "./support/e2e-session";

// A second server, on its own database file, that the tests take away and lock: readers get an
// error page that explains and offers a retry, the server keeps answering, and it recovers as soon
// as the database is back. Uses the build that `npm run test:e2e` made.

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.E2E_PORT ?? 3123) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-faults-"));
const dbFile = path.join(dir, "db", "onrecord.db");
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NODE_NO_WARNINGS: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${BASE}/sign-in`).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("fault-test server did not start");
});

test.afterAll(() => {
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

const ERROR_HEADING = "OnRecord cannot show this page right now";

/** Counts document requests, to prove the error page does not reload itself. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document") loads++;
  });
  return () => loads;
}

test("with the database gone, pages explain and offer a retry; the server keeps answering and recovers", async ({ page }) => {
  expect(fs.existsSync(path.dirname(dbFile))).toBe(false);
  const violations = await watchCspViolations(page);
  const loads = countDocumentLoads(page);
  await page.goto(`${BASE}/`);
  await expect(page.getByRole("heading", { name: ERROR_HEADING })).toBeVisible();
  await expect(page.getByTestId("page-error")).toContainText("the database is busy");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(loads()).toBe(1);

  // Not a crash loop: the same process answers every request.
  for (let i = 0; i < 10; i++) expect((await fetch(`${BASE}/?page=${i + 1}`)).status).toBe(500);
  expect(server.exitCode).toBeNull();

  // Put a database back (a backup of the main e2e database) and retry from the same page.
  backupDatabase(path.join(root, "data/e2e.db"), dbFile);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("statements-table")).toBeVisible();
  await expect(page.getByTestId("statement-row").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("with the database locked by another process, pages explain after the busy timeout and recover when it is released", async ({ page }) => {
  test.setTimeout(60_000);
  const locker = new Database(dbFile);
  // Exclusive locking mode on a WAL database keeps every other connection out, readers included.
  locker.pragma("locking_mode = EXCLUSIVE");
  locker.exec("BEGIN EXCLUSIVE");
  try {
    await page.goto(`${BASE}/`);
    await expect(page.getByRole("heading", { name: ERROR_HEADING })).toBeVisible({ timeout: 30_000 });
    expect(server.exitCode).toBeNull();
  } finally {
    locker.exec("COMMIT");
    locker.close();
  }
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("statement-row").first()).toBeVisible();
});
