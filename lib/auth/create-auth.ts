import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import type { PrismaClient } from "../generated/prisma/client";
import { sqlDialect } from "../sql";

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

function sameHostOrigins(request: Request | undefined): string[] {
  const host = request?.headers.get("x-forwarded-host") ?? request?.headers.get("host");
  return host ? [`http://${host}`, `https://${host}`] : [];
}

/** better-auth over our Prisma schema: email and password, no public sign-up, roles from the admin plugin. */
export function createAuth(prisma: PrismaClient, config: AuthConfig) {
  return betterAuth({
    secret: config.secret,
    baseURL: config.baseURL,
    // Without a configured base URL, trust only the origin the request itself was sent to: the
    // same same-origin rule Next applies to server actions. A cross-site form cannot pass it.
    trustedOrigins: config.baseURL ? undefined : (request) => sameHostOrigins(request),
    database: prismaAdapter(prisma, { provider: sqlDialect(prisma) === "postgres" ? "postgresql" : "sqlite" }),
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
      // better-auth skips the origin check under test runners; keep it on so tests see production behaviour.
      disableOriginCheck: false,
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
