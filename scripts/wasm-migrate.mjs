// Prisma migrations without the native schema engine, which the Prisma 7 CLI downloads at
// start-up and which this project's machines cannot fetch. Drives @prisma/schema-engine-wasm.
//
//   node --experimental-wasm-modules scripts/wasm-migrate.mjs deploy        apply pending migrations
//   node --experimental-wasm-modules scripts/wasm-migrate.mjs diff <name>   write a migration for schema changes
//
// DATABASE_URL defaults to file:./data/onrecord.db (see lib/database-url.ts).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
// Virtual tables made by hand-written migrations (full-text search): the diff must not drop them.
const externalTables = ["statements_fts", "statements_fts_data", "statements_fts_idx", "statements_fts_docsize", "statements_fts_config", "statements_fts_content"];

const url = process.env.DATABASE_URL ?? "file:./data/onrecord.db";
if (!url.startsWith("file:")) {
  console.error(`wasm-migrate: only SQLite file URLs are supported here, got ${url.split(":")[0]}:`);
  process.exit(2);
}
const dbPath = path.resolve(url.slice("file:".length));
fs.mkdirSync(path.dirname(dbPath), { recursive: true });

// The engine sends whole multi-statement scripts through executeRaw on the shadow database;
// better-sqlite3's prepare() accepts one statement, so route argument-less calls to exec().
class ShadowScriptAdapter extends PrismaBetterSqlite3 {
  async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = (query) =>
      query.args.length === 0 ? adapter.executeScript(query.sql).then(() => 0) : executeRaw(query);
    return adapter;
  }
}

function readMigrations() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, 'provider = "sqlite"\n');
  const migrationDirectories = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    }));
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.readFileSync(lockPath, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

// WAL lets readers run while an ingest writes; the setting is stored in the database file.
// Set it before the engine opens its own connection, which it keeps until the process ends.
const walDb = new Database(dbPath);
walDb.pragma("journal_mode = WAL");
walDb.close();

const filters = { externalTables, externalEnums: [] };
const schema = fs.readFileSync(schemaPath, "utf8");
const factory = bindMigrationAwareSqlAdapterFactory(new ShadowScriptAdapter({ url: `file:${dbPath}`, timeout: 10_000 }));
const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);

const [command, name] = process.argv.slice(2);
if (command === "deploy") {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
  console.log(appliedMigrationNames.length ? `applied: ${appliedMigrationNames.join(", ")}` : "database is up to date");
} else if (command === "diff" && name) {
  const { stdout } = await engine.diff({
    from: { tag: "migrations", ...readMigrations() },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: null,
    filters,
  });
  if (!stdout || /^-- This is an empty migration/.test(stdout.trim())) {
    console.log("no schema changes");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name.replace(/\W+/g, "_")}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), stdout);
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
  }
} else {
  console.error("usage: wasm-migrate.mjs deploy | diff <name>");
  process.exit(2);
}
