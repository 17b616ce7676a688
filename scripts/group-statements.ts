// npm run group: puts statements stored before grouping existed into groups, article by article in
// publication order, exactly as ingest does for new articles. Re-running changes nothing.
import { groupSourceStatements } from "../lib/grouping/group-statements";
import { createPrismaClient } from "../lib/prisma-client";
import { writeTransaction } from "../lib/write-lock";

const prisma = createPrismaClient();
try {
  const sources = await prisma.source.findMany({
    where: { statements: { some: { groupId: null, deletedAt: null } } },
    orderBy: [{ publishedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { id: true },
  });
  const start = performance.now();
  for (const source of sources) {
    await writeTransaction(prisma, async (tx) => {
      await groupSourceStatements(tx, source.id);
    });
  }
  const groups = await prisma.statementGroup.count({ where: { size: { gt: 1 } } });
  console.log(`group: ${sources.length} articles grouped in ${((performance.now() - start) / 1000).toFixed(1)} s; ${groups} groups hold more than one report`);
} finally {
  await prisma.$disconnect();
}
