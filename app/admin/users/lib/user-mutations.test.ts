import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { guardAction, SIGNED_OUT_MESSAGE } from "@/lib/action-guard";
import { createRoleUsers } from "@/lib/testing/statement-fixtures";
import { createTestDatabase } from "@/lib/testing/test-database";
import { inviteUser, setUserRole } from "./user-mutations";
import { inviteUserSchema, setUserRoleSchema } from "./validations";

const { prisma } = await createTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
beforeAll(async () => {
  users = await createRoleUsers(prisma);
});
afterAll(() => prisma.$disconnect());

const invite = { email: "New.Editor@Newsroom.org", name: "New Editor", role: "editor", password: "initial-pass" };

describe("user form schemas", () => {
  it("inviteUser lower-cases the email and checks role and password length", () => {
    expect(inviteUserSchema.parse(invite)).toEqual({ ...invite, email: "new.editor@newsroom.org" });
    const errors = (input: unknown) => {
      const result = inviteUserSchema.safeParse(input);
      return result.success ? {} : z.flattenError(result.error).fieldErrors;
    };
    expect(errors({ ...invite, email: "nope" })).toHaveProperty("email");
    expect(errors({ ...invite, role: "owner" })).toHaveProperty("role");
    expect(errors({ ...invite, password: "short" })).toHaveProperty("password");
    expect(errors({ ...invite, name: " " })).toHaveProperty("name");
  });

  it("setUserRole needs a user and a known role", () => {
    expect(setUserRoleSchema.parse({ userId: "abc", role: "admin" })).toEqual({ userId: "abc", role: "admin" });
    expect(setUserRoleSchema.safeParse({ userId: "abc", role: "root" }).success).toBe(false);
  });
});

describe("user management permissions", () => {
  for (const [name, spec] of [
    ["inviteUser", inviteUser],
    ["setUserRole", setUserRole],
  ] as const) {
    it(`${name}: signed-out, viewer and editor calls are refused and write nothing`, async () => {
      const input = name === "inviteUser" ? invite : { userId: users.viewer.id, role: "admin" };
      const before = { users: await prisma.user.findMany(), audits: await prisma.auditEvent.count() };
      expect(await guardAction(spec as never, prisma, null, input)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
      for (const user of [users.viewer, users.editor]) {
        const result = await guardAction(spec as never, prisma, user, input);
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(/needs the admin role/);
      }
      expect({ users: await prisma.user.findMany(), audits: await prisma.auditEvent.count() }).toEqual(before);
    });
  }

  it("an admin invites a user who can then sign in with the initial password", async () => {
    const result = await guardAction(inviteUser, prisma, users.admin, invite);
    expect(result.ok).toBe(true);
    const created = await prisma.user.findUniqueOrThrow({ where: { email: "new.editor@newsroom.org" }, include: { accounts: true } });
    expect(created.role).toBe("editor");
    expect(created.accounts[0].providerId).toBe("credential");
    expect(await verifyPassword({ hash: created.accounts[0].password ?? "", password: "initial-pass" })).toBe(true);
    const again = await guardAction(inviteUser, prisma, users.admin, invite);
    expect(again.errors?.email).toBeDefined();
  });

  it("an admin changes another user's role but not their own", async () => {
    expect(await guardAction(setUserRole, prisma, users.admin, { userId: users.viewer.id, role: "editor" })).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.viewer.id } })).role).toBe("editor");
    expect(await guardAction(setUserRole, prisma, users.admin, { userId: users.admin.id, role: "viewer" })).toMatchObject({ ok: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.admin.id } })).role).toBe("admin");
  });
});
