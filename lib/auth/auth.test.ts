import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import { createAuth } from "./create-auth";
import { DEMO_PASSWORD, DEV_ADMIN, ensureUsers } from "./ensure-users";
import { canEdit, canManageUsers, hasRole, toRole } from "./roles";
import { getSessionUser } from "./session-user";

const { prisma } = await createTestDatabase();
const auth = createAuth(prisma, { secret: "test-secret-that-is-long-enough-0123456789", baseURL: "http://localhost:3000", signInAttemptsPerMinute: 5 });
afterAll(() => prisma.$disconnect());

const signIn = (email: string, password: string, ip: string) =>
  auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );

const sessionHeaders = (response: Response) => {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
};

describe("roles", () => {
  it("ranks viewer < editor < admin and treats unknown roles as viewer", () => {
    expect([canEdit({ role: "viewer" }), canEdit({ role: "editor" }), canEdit({ role: "admin" })]).toEqual([false, true, true]);
    expect([canManageUsers({ role: "editor" }), canManageUsers({ role: "admin" })]).toEqual([false, true]);
    expect(hasRole(null, "viewer")).toBe(false);
    expect(toRole("superuser")).toBe("viewer");
    expect(canEdit({ role: toRole("root") })).toBe(false);
  });
});

describe("first start", () => {
  it("creates the admin from the environment once, then demo users on request, and never changes them", async () => {
    const notes = await ensureUsers(auth, prisma, { ONRECORD_DEMO_USERS: "1" });
    expect(notes.join("\n")).toContain(`created the admin account ${DEV_ADMIN.email} with the development password`);
    expect(await prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } })).toEqual([
      { email: DEV_ADMIN.email, role: "admin" },
      { email: "editor@onrecord.local", role: "editor" },
      { email: "viewer@onrecord.local", role: "viewer" },
    ]);
    expect(await ensureUsers(auth, prisma, { ONRECORD_DEMO_USERS: "1", ONRECORD_ADMIN_EMAIL: "other@x.org" })).toEqual([]);
  });
});

describe("sign-in and sessions", () => {
  it("signs in with email and password into an httpOnly session cookie and reads the role from the database", async () => {
    const response = await signIn("editor@onrecord.local", DEMO_PASSWORD, "10.0.0.1");
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const headers = sessionHeaders(response);
    expect(await getSessionUser(auth, headers)).toMatchObject({ email: "editor@onrecord.local", role: "editor" });

    // A role change applies at once: nothing is cached in the cookie.
    await prisma.user.update({ where: { email: "editor@onrecord.local" }, data: { role: "viewer" } });
    expect(await getSessionUser(auth, headers)).toMatchObject({ role: "viewer" });
    await prisma.user.update({ where: { email: "editor@onrecord.local" }, data: { role: "editor" } });
  });

  it("has no session without a cookie or with a forged one", async () => {
    expect(await getSessionUser(auth, new Headers())).toBeNull();
    expect(await getSessionUser(auth, new Headers({ cookie: "better-auth.session_token=forged.value" }))).toBeNull();
  });

  it("refuses public sign-up", async () => {
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "10.0.0.9" },
        body: JSON.stringify({ email: "intruder@x.org", password: "password123", name: "Intruder" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await prisma.user.findUnique({ where: { email: "intruder@x.org" } })).toBeNull();
  });

  it("allows 5 sign-in attempts per minute from one address, then answers 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn("editor@onrecord.local", "wrong-password", "10.0.0.2")).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // The right password is refused too while the limit lasts; another address is unaffected.
    expect((await signIn("editor@onrecord.local", DEMO_PASSWORD, "10.0.0.2")).status).toBe(429);
    expect((await signIn("editor@onrecord.local", DEMO_PASSWORD, "10.0.0.3")).status).toBe(200);
    expect(await prisma.rateLimit.count()).toBeGreaterThan(0);
  });
});

describe("origin check without a configured base URL", () => {
  const hostAuth = createAuth(prisma, { secret: "test-secret-that-is-long-enough-0123456789" });
  const signInFrom = (origin: string) =>
    hostAuth.handler(
      new Request("http://127.0.0.1:3124/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", host: "127.0.0.1:3124", origin, "x-forwarded-for": "10.0.1.1" },
        body: JSON.stringify({ email: "editor@onrecord.local", password: DEMO_PASSWORD }),
      }),
    );

  it("accepts a sign-in from the host's own origin and refuses one from another site", async () => {
    const ok = await signInFrom("http://127.0.0.1:3124");
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect((await signInFrom("https://evil.example")).status).toBe(403);
  });
});
