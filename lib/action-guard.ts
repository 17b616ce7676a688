import { isRedirectError } from "next/dist/client/components/redirect-error";
import * as z from "zod";
import { hasRole, type Role, type SessionUser } from "./auth/roles";
import type { PrismaClient } from "./generated/prisma/client";

/** What every form and row action gets back: a message for the aria-live region, and per-field errors. */
export interface ActionState<TField extends string = string> {
  ok: boolean;
  message: string;
  errors?: Partial<Record<TField, string[]>>;
}

export const idleState: ActionState = { ok: false, message: "" };

/** A mutation's own result, plus the paths whose pages now show stale data. */
export type ActionResult<TField extends string = string> = ActionState<TField> & { revalidate?: string[] };

/**
 * One server action, described as data so every action goes through the same checks and tests.
 * `R` lets an action return more than a message (the article preview returns the extraction);
 * its extra fields must be optional, since a refused call returns only `ok` and `message`.
 */
export interface ActionSpec<S extends z.ZodType, R extends ActionResult<FieldOf<S>> = ActionResult<FieldOf<S>>> {
  schema: S;
  role: Role;
  run: (db: PrismaClient, user: SessionUser, data: z.output<S>) => Promise<R>;
}

export type FieldOf<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

/** An action answering with the plain ActionResult; for a richer result, type the spec as ActionSpec<S, R>. */
export function defineAction<S extends z.ZodType>(spec: ActionSpec<S>): ActionSpec<S> {
  return spec;
}

/** FormData as a plain object: a key sent more than once becomes an array; files stay files. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const result: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

export const SIGNED_OUT_MESSAGE = "You are signed out. Sign in as an editor to make changes; nothing was saved.";

export function forbiddenMessage(user: SessionUser, role: Role): string {
  return `Your account (${user.role}) cannot do this: it needs the ${role} role. Nothing was saved.`;
}

/**
 * Runs one action for one caller: refuse signed-out and under-privileged callers before looking at
 * the input, re-parse the input with the form's schema, then run the mutation. Nothing is written
 * unless every check passes.
 */
export async function guardAction<S extends z.ZodType, R extends ActionResult<FieldOf<S>>>(
  spec: ActionSpec<S, R>,
  db: PrismaClient,
  user: SessionUser | null,
  input: unknown,
): Promise<R> {
  const refuse = (state: ActionState<FieldOf<S>>) => state as R;
  if (!user) return refuse({ ok: false, message: SIGNED_OUT_MESSAGE });
  if (!hasRole(user, spec.role)) return refuse({ ok: false, message: forbiddenMessage(user, spec.role) });

  const parsed = spec.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    return refuse({
      ok: false,
      message: formErrors[0] ?? "Please correct the highlighted fields.",
      errors: fieldErrors as ActionState<FieldOf<S>>["errors"],
    });
  }
  try {
    return await spec.run(db, user, parsed.data);
  } catch (error) {
    if (isRedirectError(error)) throw error;
    console.error("action failed", error);
    return refuse({ ok: false, message: "Something went wrong and nothing was saved. Please try again." });
  }
}
