import { defineConfig } from "prisma/config";

// Prisma 7 does not read .env here; the embedded database is the default.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/onrecord.db" },
});
