import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit, canManageUsers } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

/** The nav's right side: editor links for those who may use them, and who is signed in. */
export async function UserNav() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="ml-auto text-sm text-stone-600 hover:text-stone-900">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {canEdit(user) ? (
        <Link href="/articles/new" className="text-sm text-stone-600 hover:text-stone-900">
          Add article
        </Link>
      ) : null}
      {canManageUsers(user) ? (
        <Link href="/admin/users" className="text-sm text-stone-600 hover:text-stone-900">
          Users
        </Link>
      ) : null}
      <span className="ml-auto text-sm" data-testid="signed-in-as">
        {user.name} <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{user.role}</span>
      </span>
      <SignOutButton />
    </>
  );
}
