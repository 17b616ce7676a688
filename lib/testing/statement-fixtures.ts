import type { SessionUser } from "../auth/roles";
import type { PrismaClient } from "../generated/prisma/client";

/** Three users, one per role, as the session would present them. */
export async function createRoleUsers(prisma: PrismaClient): Promise<Record<SessionUser["role"], SessionUser>> {
  const make = async (role: SessionUser["role"]): Promise<SessionUser> => {
    const email = `${role}-${Math.random().toString(36).slice(2)}@test.local`;
    const user = await prisma.user.create({ data: { id: `${role}-${email}`, name: `Test ${role}`, email, role } });
    return { id: user.id, name: user.name, email: user.email, role };
  };
  return { viewer: await make("viewer"), editor: await make("editor"), admin: await make("admin") };
}

/** One article with two speakers and two statements, written straight to the database. */
export async function createArticleWithStatements(prisma: PrismaClient) {
  const tag = Math.random().toString(36).slice(2, 8);
  const body = `First paragraph.\n\n"We will rebuild the bridge," said Ana Lima, the mayor.\n\nBo Chen disagreed.`;
  const source = await prisma.source.create({
    data: { title: `Bridge ${tag}`, body, contentHash: `hash-${tag}`, publishedOn: "2024-03-01", outlet: "Test Gazette" },
  });
  const ana = await prisma.speaker.create({
    data: { name: `Ana Lima ${tag}`, slug: `ana-lima-${tag}`, role: "mayor", aliases: { create: [{ alias: "Lima", normalized: "lima" }] } },
  });
  const bo = await prisma.speaker.create({
    data: { name: `Bo Chen ${tag}`, slug: `bo-chen-${tag}`, aliases: { create: [{ alias: "Chen", normalized: "chen" }, { alias: "Lima", normalized: "lima" }] } },
  });
  const start = body.indexOf("We will");
  const quote = await prisma.statement.create({
    data: { sourceId: source.id, speakerId: ana.id, text: "We will rebuild the bridge", type: "direct", startOffset: start, endOffset: start + 26, date: "2024-03-01" },
  });
  const reported = await prisma.statement.create({
    data: { sourceId: source.id, speakerId: bo.id, text: "Bo Chen disagreed", type: "indirect", startOffset: body.indexOf("Bo"), endOffset: body.length - 1, date: "2024-03-01" },
  });
  return { source, ana, bo, quote, reported };
}
