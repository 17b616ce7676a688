import type { InputHTMLAttributes } from "react";
import { FieldError } from "./form-message";

/**
 * A labelled input with its per-field errors under it: marked invalid and described by the error
 * text, so a screen reader reads why the value was refused.
 */
export function TextField({
  label,
  name,
  errorId,
  errors,
  ...input
}: { label: string; name: string; errorId: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <>
      <label className="label">
        {label}
        <input name={name} className="input" aria-invalid={!!errors?.length || undefined} aria-describedby={errorId} {...input} />
      </label>
      <FieldError id={errorId} errors={errors} />
    </>
  );
}
