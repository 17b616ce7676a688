import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "../extraction";
import { createTestDatabase } from "../testing/test-database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const { prisma, url } = await createTestDatabase();
afterAll(() => prisma.$disconnect());

const ingest = (...paths: string[]) =>
  run(path.join(root, "node_modules/.bin/tsx"), ["scripts/ingest.ts", ...paths], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });

describe("npm run ingest", () => {
  it("stores each article once when two processes ingest the same folder at once", async () => {
    const [a, b] = await Promise.all([ingest("seeds"), ingest("seeds")]);
    expect(await prisma.source.count()).toBe(5);
    const summary = /(\d+) created, (\d+) already stored, (\d+) failed/;
    const [, createdA, , failedA] = summary.exec(a.stdout)!.map(Number);
    const [, createdB, , failedB] = summary.exec(b.stdout)!.map(Number);
    expect(createdA + createdB).toBe(5);
    expect(failedA + failedB).toBe(0);
    const perSource = await prisma.statement.groupBy({ by: ["sourceId"], _count: true });
    expect(perSource).toHaveLength(5);
  });

  it("reports a file that cannot be read and goes on with the rest", async () => {
    const failure = await ingest("no/such/file.txt", "seeds/000_e3bbad9c40fcc501.txt").catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/failed +no\/such\/file\.txt: ENOENT/);
    expect(failure.stdout).toMatch(/skipped +seeds\/000_e3bbad9c40fcc501\.txt: already stored/);
    expect(failure.stdout).toContain("0 created, 1 already stored, 1 failed");
  });
});

const killed = await createTestDatabase();

describe("an ingest killed half-way", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "onrecord-kill-"));
  afterAll(async () => {
    await killed.prisma.$disconnect();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** 60 distinct articles: each seed article with its own headline and closing paragraph. */
  function writeArticles(): Map<string, number> {
    const expected = new Map<string, number>();
    const seeds = fs.readdirSync(path.join(root, "seeds")).filter((f) => f.endsWith(".txt"));
    for (let n = 0; n < 12; n++) {
      for (const seed of seeds) {
        const [headline, ...rest] = fs.readFileSync(path.join(root, "seeds", seed), "utf8").split("\n");
        const text = [`${headline} (edition ${n})`, ...rest, "", `Edition ${n} of this report was filed separately.`].join("\n");
        const name = `${String(n).padStart(2, "0")}_${seed}`;
        fs.writeFileSync(path.join(folder, name), text);
        expected.set(name, extractArticle(text, { fileName: name }).statements.length);
      }
    }
    return expected;
  }

  /** Starts `npm run ingest` as one process (no tsx wrapper, so the kill reaches the writer) and SIGKILLs it once `atLeast` sources exist. */
  async function ingestAndKill(atLeast: number): Promise<void> {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", folder], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: killed.url },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while ((await killed.prisma.source.count()) < atLeast && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
  }

  /** Every stored article has exactly the statements its text yields: none is stored in part. */
  async function expectWholeArticles(expected: Map<string, number>) {
    const sources = await killed.prisma.source.findMany({ select: { fileName: true, _count: { select: { statements: true } } } });
    for (const source of sources) expect(source._count.statements, source.fileName!).toBe(expected.get(source.fileName!));
    return sources.length;
  }

  it("leaves no partial article, and running it again stores the rest once", { timeout: 120_000 }, async () => {
    const expected = writeArticles();
    let stored = 0;
    for (const atLeast of [5, 20, 35]) {
      await ingestAndKill(atLeast);
      stored = await expectWholeArticles(expected);
      expect(stored).toBeGreaterThanOrEqual(atLeast);
      expect(stored).toBeLessThan(expected.size);
    }
    const rerun = await run(process.execPath, ["--import", "tsx", "scripts/ingest.ts", folder], { cwd: root, env: { ...process.env, DATABASE_URL: killed.url } });
    expect(rerun.stdout).toContain(`${expected.size - stored} created, ${stored} already stored, 0 failed`);
    expect(await expectWholeArticles(expected)).toBe(expected.size);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(await killed.prisma.statement.count()).toBe(total);
  });
});
