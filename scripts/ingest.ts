// npm run ingest -- <files or folders>: extract and store articles; re-running changes nothing.
import { createPrismaClient } from "../lib/prisma-client";
import { ingestFiles } from "../lib/ingest/ingest-files";

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error("usage: npm run ingest -- <article .txt files or folders>");
  process.exit(2);
}
const prisma = createPrismaClient();
try {
  const results = await ingestFiles(prisma, paths);
  for (const r of results) {
    if (r.status === "created") console.log(`created  ${r.file}: ${r.statements} statements (source ${r.sourceId})`);
    else if (r.status === "duplicate") console.log(`skipped  ${r.file}: already stored as source ${r.sourceId}`);
    else console.error(`failed   ${r.file}: ${r.error}`);
  }
  const count = (status: string) => results.filter((r) => r.status === status).length;
  console.log(`${count("created")} created, ${count("duplicate")} already stored, ${count("failed")} failed`);
  if (count("failed")) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
