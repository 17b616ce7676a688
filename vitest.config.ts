import path from "node:path";
import { defineConfig } from "vitest/config";
import { findPostgresBinaries } from "./scripts/postgres-server.mjs";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Query modules are marked server-only; tests run them directly against a real database.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

// The database tests that run a second time on PostgreSQL (backups copy the SQLite file, so they
// stay SQLite-only). They need PostgreSQL's binaries (Debian's `postgresql`) for a throwaway
// server, or ONRECORD_TEST_POSTGRES_URL naming a server where the test user may create databases.
const postgresTests = [
  "app/**/lib/*mutations.test.ts",
  "app/statements/lib/queries*.test.ts",
  "app/statements/lib/statements-views.test.ts",
  "app/statements/lib/statements-injection.test.ts",
  "app/statements/lib/database-parity.test.ts",
  "lib/auth/auth.test.ts",
  "lib/ingest/ingest-article.test.ts",
  "lib/ingest/ingest-files.test.ts",
  "lib/grouping/group-statements.test.ts",
];
const postgresAvailable = Boolean(process.env.ONRECORD_TEST_POSTGRES_URL || findPostgresBinaries());
if (!postgresAvailable) {
  console.warn("PostgreSQL is not installed: the database tests run on SQLite only (apt-get install postgresql).");
}

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "sqlite",
          include: ["**/*.test.ts"],
          // The parity test needs both databases: it runs in the postgres project.
          exclude: ["node_modules/**", "e2e/**", ".next/**", "app/statements/lib/database-parity.test.ts"],
          globalSetup: ["./lib/testing/migrate-test-database.ts"],
          testTimeout: 30_000,
        },
      },
      ...(postgresAvailable
        ? [
            {
              resolve: { alias },
              test: {
                name: "postgres",
                env: { ONRECORD_TEST_DATABASE: "postgres" },
                include: postgresTests,
                exclude: ["node_modules/**"],
                // Both templates: the parity test compares the two databases side by side.
                globalSetup: ["./lib/testing/migrate-test-database.ts", "./lib/testing/migrate-postgres-test-database.ts"],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
