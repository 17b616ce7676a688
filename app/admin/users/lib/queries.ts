import "server-only";
import { prisma } from "@/lib/db";
import { toRole } from "@/lib/auth/roles";

/** Every account, newest first, for the admin's user list. */
export async function getUsers() {
  try {
    const users = await prisma.user.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, email: true, role: true, createdAt: true, sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 } },
    });
    return users.map(({ sessions, ...user }) => ({ ...user, role: toRole(user.role), lastSeen: sessions[0]?.updatedAt ?? null }));
  } catch (error) {
    console.error("getUsers failed", error);
    throw error;
  }
}
