import "server-only";
import { prisma } from "../db";
import { getAuthSecret } from "./auth-secret";
import { createAuth } from "./create-auth";

const globalForAuth = globalThis as unknown as { auth?: ReturnType<typeof createAuth> };

/** The app's one auth instance. */
export const auth =
  globalForAuth.auth ??
  createAuth(prisma, {
    secret: getAuthSecret(),
    baseURL: process.env.BETTER_AUTH_URL?.trim() || undefined,
    signInAttemptsPerMinute: Number(process.env.ONRECORD_SIGN_IN_ATTEMPTS_PER_MINUTE) || 5,
  });
if (process.env.NODE_ENV !== "production") globalForAuth.auth = auth;
