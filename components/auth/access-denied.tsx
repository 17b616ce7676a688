import Link from "next/link";
import type { Role, SessionUser } from "@/lib/auth/roles";

/** Shown instead of an editor or admin page to anyone without the role; the page's data is never read. */
export function AccessDenied({ user, need, next }: { user: SessionUser | null; need: Role; next: string }) {
  return (
    <div className="mx-auto max-w-md space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-6" role="alert" data-testid="access-denied">
      <h1 className="font-serif text-xl font-semibold">{need === "admin" ? "Admins only" : "Editors only"}</h1>
      {user ? (
        <p className="text-sm">
          You are signed in as {user.email} with the {user.role} role. Ask an admin for the {need} role.
        </p>
      ) : (
        <p className="text-sm">
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="underline">
            Sign in
          </Link>{" "}
          with an {need} account to continue.
        </p>
      )}
    </div>
  );
}
