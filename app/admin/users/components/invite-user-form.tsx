"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ROLES } from "@/lib/auth/roles";
import { inviteUser } from "../lib/actions";

export function InviteUserForm() {
  const { state, onSubmit, pending } = useActionForm(inviteUser);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const errors = state.errors ?? {};
  const field = (name: "email" | "name" | "password", label: string, type: string, autoComplete: string) => (
    <div>
      <TextField label={label} name={name} type={type} autoComplete={autoComplete} errorId={`invite-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3" aria-label="Invite user" noValidate>
      <div className="flex flex-wrap items-start gap-3">
        {field("email", "Email", "email", "off")}
        {field("name", "Name", "text", "off")}
        <label className="label">
          Role
          <select name="role" defaultValue="editor" className="input">
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </label>
        {field("password", "Initial password", "password", "new-password")}
      </div>
      <SubmitButton pending={pending}>Invite</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
