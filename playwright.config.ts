import { defineConfig, devices } from "@playwright/test";
import { findPostgresBinaries } from "./scripts/postgres-server.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3123);
// faults.spec.ts serves its own copy on PORT + 1.
const POSTGRES_PORT = PORT + 2;
// The table, editor and report specs run a second time against the same build on PostgreSQL,
// when its binaries are installed (Debian's `postgresql`; .ci/run installs it).
const postgres = Boolean(findPostgresBinaries());

// Debian's Chromium (Playwright never downloads a browser on these machines), against the built
// app on a fresh database that the web server command migrates and seeds.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Generous: the longer editor and security tests share two cores with other work.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "sqlite", use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${PORT}` } },
    ...(postgres
      ? [
          {
            name: "postgres",
            testMatch: ["statements-table.spec.ts", "editors.spec.ts", "reports.spec.ts"],
            use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${POSTGRES_PORT}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
      stdout: "pipe",
      stderr: "pipe",
    },
    ...(postgres
      ? [
          {
            command: `node scripts/e2e-server.mjs postgres`,
            url: `http://127.0.0.1:${POSTGRES_PORT}/`,
            timeout: 120_000,
            reuseExistingServer: false,
            env: { E2E_POSTGRES_PORT: String(POSTGRES_PORT) },
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
});
