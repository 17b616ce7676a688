import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { defineAction } from "@/lib/action-guard";
import { recordAudit } from "@/lib/audit";
import { writeTransaction } from "@/lib/write-lock";
import { inviteUserSchema, setUserRoleSchema } from "./validations";

// User management for admins. Accounts are created here, not by better-auth's sign-up (which is
// off), in the same shape better-auth writes: a user row and a `credential` account with the hash.

export const inviteUser = defineAction({
  schema: inviteUserSchema,
  role: "admin",
  run: async (db, admin, data) => {
    const passwordHash = await hashPassword(data.password);
    return writeTransaction(db, async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
        return { ok: false, message: "Please correct the highlighted fields.", errors: { email: ["An account with this email already exists."] } };
      }
      const id = randomUUID();
      await tx.user.create({ data: { id, email: data.email, name: data.name, role: data.role, emailVerified: true } });
      await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
      await recordAudit(tx, { userId: admin.id, action: "user.invite", entityType: "user", entityId: id, after: { email: data.email, name: data.name, role: data.role } });
      return { ok: true, message: `Invited ${data.name} <${data.email}> as ${data.role}. Send them their initial password.`, revalidate: ["/admin/users"] };
    });
  },
});

export const setUserRole = defineAction({
  schema: setUserRoleSchema,
  role: "admin",
  run: (db, admin, data) =>
    writeTransaction(db, async (tx) => {
      // An admin who demotes themselves could leave nobody able to manage users.
      if (data.userId === admin.id) return { ok: false, message: "You cannot change your own role; ask another admin." };
      const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, email: true, role: true } });
      if (!user) return { ok: false, message: "That account no longer exists." };
      if (user.role === data.role) return { ok: true, message: `${user.email} is already ${data.role}.` };
      await tx.user.update({ where: { id: user.id }, data: { role: data.role } });
      await recordAudit(tx, { userId: admin.id, action: "user.role", entityType: "user", entityId: user.id, before: { role: user.role }, after: { role: data.role } });
      return { ok: true, message: `${user.email} is now ${data.role}.`, revalidate: ["/admin/users"] };
    }),
});

export const userActions = { inviteUser, setUserRole };
