"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { idleState, type ActionState } from "@/lib/action-guard";

type FormServerAction<F extends string> = (prev: ActionState<F> | null, input: FormData) => Promise<ActionState<F>>;

/**
 * useActionState for a form, submitted from onSubmit rather than the `action` prop: React resets a
 * form after an `action` submission, which would wipe what the editor typed when the server
 * answers with field errors or a conflict.
 */
export function useActionForm<F extends string>(action: FormServerAction<F>) {
  const [state, dispatch, pending] = useActionState(action, idleState as ActionState<F>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
  return { state, onSubmit, pending };
}
