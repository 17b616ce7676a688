// Prisma migrations without the native schema engine, which the Prisma 7 CLI downloads at
// start-up and which this project's machines cannot fetch. Drives @prisma/schema-engine-wasm.
//
//   node --experimental-wasm-modules scripts/wasm-migrate.mjs deploy        apply pending migrations
//   node --experimental-wasm-modules scripts/wasm-migrate.mjs diff <name>   write a migration for schema changes
//
// DATABASE_URL defaults to file:./data/onrecord.db (see lib/database-url.ts). A postgresql:// URL
// uses prisma/postgres/migrations, diffed against the schema generated from the canonical one.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { toPostgresSchema } from "./postgres-schema.mjs";

const root = path.resolve(import.meta.dirname, "..");
const canonicalSchemaPath = path.join(root, "prisma/schema.prisma");
const url = process.env.DATABASE_URL ?? "file:./data/onrecord.db";
const postgres = /^postgres(ql)?:\/\//.test(url);
if (!postgres && !url.startsWith("file:")) {
  console.error(`wasm-migrate: DATABASE_URL must be file: (SQLite) or postgresql://, got ${url.split(":")[0]}:`);
  process.exit(2);
}

// Tables made by hand-written migrations (full-text search), which Prisma does not model: the diff
// must not drop them.
const externalTables = postgres
  ? ["public.statements_search"]
  : ["statements_fts", "statements_fts_data", "statements_fts_idx", "statements_fts_docsize", "statements_fts_config", "statements_fts_content"];
const migrationsDir = path.join(root, postgres ? "prisma/postgres/migrations" : "prisma/migrations");
const schemaPath = postgres ? path.join(root, "prisma/postgres/schema.prisma") : canonicalSchemaPath;
const schema = postgres ? toPostgresSchema(fs.readFileSync(canonicalSchemaPath, "utf8")) : fs.readFileSync(schemaPath, "utf8");

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
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, `provider = "${postgres ? "postgresql" : "sqlite"}"\n`);
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

// Two gaps of the pg adapter under the migration engine: it splits a script on every `;`, which
// cuts PL/pgSQL function bodies apart (the simple query protocol takes the whole script), and it
// refuses the catalog's one-byte "char" columns (OID 18) that the engine reads, which are text.
// Its shadow database is also dropped while its own pool still holds a connection to it.
class WholeScriptPg extends PrismaPg {
  async connect() {
    return wholeScript(await super.connect());
  }
  async connectToShadowDb() {
    const admin = new pg.Pool(this.config);
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.config, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.end();
    };
    return wholeScript(shadow);
  }
}
function wholeScript(adapter) {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function sqliteAdapter() {
  const dbPath = path.resolve(url.slice("file:".length));
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  // WAL lets readers run while an ingest writes; the setting is stored in the database file.
  // Set it before the engine opens its own connection, which it keeps until the process ends.
  const walDb = new Database(dbPath);
  walDb.pragma("journal_mode = WAL");
  walDb.close();
  return new ShadowScriptAdapter({ url: `file:${dbPath}`, timeout: 10_000 });
}

const filters = { externalTables, externalEnums: [] };
// The adapter makes its shadow database by overriding `database` in its config, which a
// connectionString would take precedence over: hand it the URL's parts.
function postgresConfig() {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
    ...Object.fromEntries(parsed.searchParams),
  };
}

const factory = bindMigrationAwareSqlAdapterFactory(postgres ? new WholeScriptPg(postgresConfig()) : sqliteAdapter());
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
