import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import type { PrismaClient } from "../generated/prisma/client";

export interface AuthConfig {
  secret: string;
  /** Public origin, e.g. `https://onrecord.example`; unset, better-auth takes it from each request. */
  baseURL?: string;
  /** Sign-in attempts allowed per client IP per minute. */
  signInAttemptsPerMinute?: number;
}

// Viewers and editors get no user-management permissions; only admins manage users.
const accessControl = createAccessControl(defaultStatements);
const roles = {
  viewer: accessControl.newRole({ user: [], session: [] }),
  editor: accessControl.newRole({ user: [], session: [] }),
  admin: accessControl.newRole(adminAc.statements),
};

/** better-auth over our Prisma schema: email and password, no public sign-up, roles from the admin plugin. */
export function createAuth(prisma: PrismaClient, config: AuthConfig) {
  return betterAuth({
    secret: config.secret,
    baseURL: config.baseURL,
    database: prismaAdapter(prisma, { provider: "sqlite" }),
    // Admins invite editors; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      // On in every environment, not only production: the sign-in limit is a feature we test.
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: config.signInAttemptsPerMinute ?? 5 } },
    },
    advanced: {
      // httpOnly and SameSite=Lax are better-auth's defaults; Secure follows an https base URL.
      useSecureCookies: config.baseURL ? config.baseURL.startsWith("https://") : undefined,
    },
    plugins: [
      admin({ ac: accessControl, roles, defaultRole: "viewer", adminRoles: ["admin"] }),
      // Last, so cookies set by server-side auth calls reach the browser.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
