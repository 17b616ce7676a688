/** Who may do what: viewers read, editors change statements, admins also manage users. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Unknown role strings count as viewer, so a bad row never grants rights. */
export function toRole(value: unknown): Role {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : "viewer";
}

/** True when the user holds `required` or a higher role. */
export function hasRole(user: Pick<SessionUser, "role"> | null | undefined, required: Role): boolean {
  return !!user && RANK[toRole(user.role)] >= RANK[required];
}

export const canEdit = (user: Pick<SessionUser, "role"> | null | undefined) => hasRole(user, "editor");
export const canManageUsers = (user: Pick<SessionUser, "role"> | null | undefined) => hasRole(user, "admin");

/** An annotation is its author's note: other editors add their own rather than rewrite it; admins may moderate. */
export function canChangeAnnotation(user: Pick<SessionUser, "id" | "role"> | null | undefined, annotation: { authorId: string }): boolean {
  return canEdit(user) && (annotation.authorId === user!.id || canManageUsers(user));
}
