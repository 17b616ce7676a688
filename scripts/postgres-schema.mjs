// Writes prisma/postgres/schema.prisma from the one canonical schema (prisma/schema.prisma): the
// provider becomes postgresql, the client goes to lib/generated/prisma-postgres, and lines marked
// `// postgresql: ` in the canonical schema (attributes only PostgreSQL has) are switched on.
// The output is generated, never edited: `npm run db:generate` rewrites it.
//
//   node scripts/postgres-schema.mjs           write the file
//   node scripts/postgres-schema.mjs --check   exit 1 when the file is missing or out of date
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const canonicalPath = path.join(root, "prisma/schema.prisma");
const outputPath = path.join(root, "prisma/postgres/schema.prisma");

export function toPostgresSchema(canonical) {
  const replaced = canonical
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-postgres"')
    .replace(/^(\s*)\/\/ postgresql: /gm, "$1");
  if (!replaced.includes('provider = "postgresql"') || !replaced.includes("prisma-postgres")) {
    throw new Error("postgres-schema: the canonical schema's datasource or generator block changed shape");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs. Do not edit.\n${replaced}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = toPostgresSchema(fs.readFileSync(canonicalPath, "utf8"));
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(outputPath) ? fs.readFileSync(outputPath, "utf8") : null;
    if (current !== generated) {
      console.error("prisma/postgres/schema.prisma is out of date: run npm run db:generate");
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(outputPath), { recursive: true });
    fs.writeFileSync(outputPath, generated);
  }
}
