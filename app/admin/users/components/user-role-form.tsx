"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { ROLES, type Role } from "@/lib/auth/roles";
import { setUserRole } from "../lib/actions";

/** Changing the select saves at once. */
export function UserRoleForm({ userId, role, email, disabled }: { userId: string; role: Role; email: string; disabled?: boolean }) {
  const { state, onSubmit, pending } = useActionForm(setUserRole);
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select
        name="role"
        defaultValue={role}
        disabled={disabled || pending}
        aria-label={`Role of ${email}`}
        className="input"
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      >
        {ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <FormMessage state={state} className="text-xs" />
    </form>
  );
}
