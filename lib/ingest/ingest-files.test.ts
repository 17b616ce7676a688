import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const { prisma, url } = createTestDatabase();
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
