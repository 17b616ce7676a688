// Creates the first admin account (and, with ONRECORD_DEMO_USERS=1, demo editor and viewer
// accounts) on a migrated database. Safe to run on every start: existing accounts are left alone.
import { createPrismaClient } from "../lib/prisma-client";
import { getAuthSecret } from "../lib/auth/auth-secret";
import { createAuth } from "../lib/auth/create-auth";
import { ensureUsers } from "../lib/auth/ensure-users";

const prisma = createPrismaClient();
try {
  // No request is served here, so any base URL will do; it only silences better-auth's warning.
  const auth = createAuth(prisma, { secret: getAuthSecret(), baseURL: process.env.BETTER_AUTH_URL || "http://localhost:3000" });
  for (const line of await ensureUsers(auth, prisma, process.env)) console.log(line);
} finally {
  await prisma.$disconnect();
}
