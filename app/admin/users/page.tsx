import { ListTable } from "@/components/ui/list-table";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canManageUsers } from "@/lib/auth/roles";
import { AccessDenied } from "@/components/auth/access-denied";
import { InviteUserForm } from "./components/invite-user-form";
import { UserRoleForm } from "./components/user-role-form";
import { getUsers } from "./lib/queries";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function UsersPage() {
  const user = await getCurrentUser();
  if (!canManageUsers(user)) return <AccessDenied user={user} need="admin" next="/admin/users" />;
  const users = await getUsers();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-semibold">Users</h1>
      <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">Invite someone</h2>
        <p className="text-sm text-stone-600">Nobody can sign up on their own: create the account here and send its initial password yourself.</p>
        <InviteUserForm />
      </section>
      <ListTable
        testId="users-table"
        columns={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Joined" }, { label: "Last active" }]}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <td className="px-3 py-2">{u.name}</td>
            <td className="px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">
              <UserRoleForm userId={u.id} role={u.role} email={u.email} disabled={u.id === user?.id} />
            </td>
            <td className="px-3 py-2">{date.format(u.createdAt)}</td>
            <td className="px-3 py-2">{u.lastSeen ? date.format(u.lastSeen) : "never"}</td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
