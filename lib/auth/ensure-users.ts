import type { PrismaClient } from "../generated/prisma/client";
import type { Auth } from "./create-auth";
import type { Role } from "./roles";

/** Development defaults, printed whenever they are used; production sets the variables. */
export const DEV_ADMIN = { email: "admin@onrecord.local", password: "onrecord-admin" } as const;
export const DEMO_PASSWORD = "onrecord-demo";
export const DEMO_USERS = [
  { email: "editor@onrecord.local", name: "Demo Editor", role: "editor" },
  { email: "viewer@onrecord.local", name: "Demo Viewer", role: "viewer" },
] as const satisfies readonly { email: string; name: string; role: Role }[];

/**
 * Creates the first admin from ONRECORD_ADMIN_EMAIL / ONRECORD_ADMIN_PASSWORD when no admin exists,
 * and, with ONRECORD_DEMO_USERS=1, a demo editor and viewer. Existing accounts are never changed.
 * Returns lines to print.
 */
export async function ensureUsers(auth: Auth, prisma: PrismaClient, env: Record<string, string | undefined>): Promise<string[]> {
  const notes: string[] = [];
  if ((await prisma.user.count({ where: { role: "admin" } })) === 0) {
    const email = env.ONRECORD_ADMIN_EMAIL?.trim() || DEV_ADMIN.email;
    const password = env.ONRECORD_ADMIN_PASSWORD || DEV_ADMIN.password;
    if (await prisma.user.findUnique({ where: { email: email.toLowerCase() } })) {
      notes.push(`ensure-admin: ${email} exists but is not an admin; no admin was created`);
    } else {
      await auth.api.createUser({ body: { email, password, name: "Administrator", role: "admin" } });
      const defaults = !env.ONRECORD_ADMIN_PASSWORD ? ` with the development password "${password}"` : "";
      notes.push(`ensure-admin: created the admin account ${email}${defaults}`);
      if (defaults) notes.push("ensure-admin: set ONRECORD_ADMIN_EMAIL and ONRECORD_ADMIN_PASSWORD before the first start in production");
    }
  }
  if (env.ONRECORD_DEMO_USERS === "1") {
    for (const user of DEMO_USERS) {
      if (await prisma.user.findUnique({ where: { email: user.email } })) continue;
      await auth.api.createUser({ body: { ...user, password: DEMO_PASSWORD } });
      notes.push(`ensure-admin: created demo ${user.role} ${user.email} / ${DEMO_PASSWORD}`);
    }
  }
  return notes;
}
