"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import * as z from "zod";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { authClient } from "@/lib/auth/auth-client";
import { signInSchema } from "@/lib/auth/sign-in-schema";

type Errors = Partial<Record<"email" | "password", string[]>>;

/** Signs in through /api/auth (where the rate limit applies), then returns to where the editor was. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage("Please correct the highlighted fields.");
      return;
    }
    setErrors({});
    setPending(true);
    const { error } = await authClient.signIn.email(parsed.data);
    setPending(false);
    if (error) {
      setMessage(
        error.status === 429
          ? "Too many sign-in attempts. Wait a minute and try again."
          : error.status === 401
            ? "That email and password do not match an account."
            : (error.message ?? "Sign-in failed. Please try again."),
      );
      return;
    }
    setMessage("Signed in.");
    router.replace(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Sign in">
      <TextField label="Email" name="email" type="email" autoComplete="username" required errorId="email-error" errors={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errorId="password-error"
        errors={errors.password}
      />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {message}
      </p>
    </form>
  );
}
