import type { Auth } from "./create-auth";
import { toRole, type SessionUser } from "./roles";

/** The signed-in user for these request headers, or null; the role is read from the database each time. */
export async function getSessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: toRole(role) };
}
