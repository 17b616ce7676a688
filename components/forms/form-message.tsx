import type { ActionState } from "@/lib/action-guard";

/** The form's outcome, announced to screen readers; empty until the form is first submitted. */
export function FormMessage({ state, className = "" }: { state: ActionState; className?: string }) {
  return (
    <p role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"} ${className}`}>
      {state.message}
    </p>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-xs text-red-700">
      {errors.join(" ")}
    </p>
  );
}
