// A private, throwaway PostgreSQL server from the machine's own binaries (Debian's `postgresql`
// package), for tests and benchmarks: its own data directory and port, gone when stopped. No
// system cluster, no password, nothing left behind.
//
//   node scripts/postgres-server.mjs   start one, print its URL, stop it on Ctrl-C
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The directory holding initdb and postgres, newest version first; null when none is installed. */
export function findPostgresBinaries() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(bin, port, dir, runAs) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      execFileSync(...runAs(path.join(bin, "pg_isready"), ["-h", dir, "-p", String(port), "-q"]), { stdio: "ignore" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL on port ${port} did not start within 30 s`);
}

/**
 * Starts a server owned by the current user, or by `postgres` when running as root (PostgreSQL
 * refuses to run as root). `settings` are extra configuration parameters (`{ shared_buffers: "1GB" }`).
 * Resolves to its URL and a stop function.
 */
export async function startPostgresServer({ bin = findPostgresBinaries(), database = "onrecord", settings = {} } = {}) {
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-pg-"));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? "postgres" : os.userInfo().username;
  const runAs = (command, args) => (asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args]);
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  execFileSync(
    ...runAs(path.join(bin, "initdb"), ["-D", data, "-U", owner, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
    { stdio: "pipe" },
  );
  const port = await freePort();
  // Durability off: a test server's data is thrown away, and fsync would dominate its timings.
  const server = spawn(
    ...runAs(path.join(bin, "postgres"), [
      "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
      "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ]),
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  server.stderr.on("data", (chunk) => (log = (log + chunk).slice(-4000)));
  try {
    await waitForReady(bin, port, dir, runAs);
    execFileSync(...runAs(path.join(bin, "createdb"), ["-h", dir, "-p", String(port), "-U", owner, database]), { stdio: "pipe" });
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`${error.message}\n${log}`);
  }
  const url = `postgresql://${owner}@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      // pg_ctl's fast shutdown ends sessions and waits for the server; runuser would not pass a signal on.
      try {
        execFileSync(...runAs(path.join(bin, "pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w"]), { stdio: "ignore" });
      } catch {
        server.kill("SIGKILL");
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop, owner };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url, stop } = await startPostgresServer();
  console.log(url);
  const shutdown = () => stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
