// Loads the seed articles into an empty database; a database that has sources is left alone.
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client";
import { ingestFiles } from "../lib/ingest/ingest-files";

const prisma = createPrismaClient();
try {
  if ((await prisma.source.count()) > 0) {
    console.log("seed: database already has articles, nothing to do");
  } else {
    const results = await ingestFiles(prisma, [path.resolve(import.meta.dirname, "../seeds")]);
    const failed = results.filter((r) => r.status === "failed");
    for (const f of failed) console.error(`seed: ${f.file}: ${"error" in f ? f.error : ""}`);
    const statements = results.reduce((n, r) => n + (r.status === "created" ? r.statements : 0), 0);
    console.log(`seed: ${results.length - failed.length} articles, ${statements} statements`);
    if (failed.length) process.exitCode = 1;
  }
} finally {
  await prisma.$disconnect();
}
