import "server-only";
import { revalidatePath } from "next/cache";
import type * as z from "zod";
import { getCurrentUser } from "./auth/current-user";
import { prisma } from "./db";
import { guardAction, type ActionResult, type ActionSpec, type FieldOf } from "./action-guard";

/**
 * A server action from a spec: the caller's session and role are checked on the server and the input
 * re-parsed on every call, whatever the browser sent. Usable with useActionState (prev, FormData)
 * or called directly with a plain object.
 */
export function validatedAction<S extends z.ZodType, R extends ActionResult<FieldOf<S>>>(spec: ActionSpec<S, R>) {
  type State = Omit<R, "revalidate">;
  return async (_prev: State | null, input: FormData | z.input<S>): Promise<State> => {
    const { revalidate, ...state } = await guardAction(spec, prisma, await getCurrentUser(), input);
    // A path with a [segment] means every page of that route.
    for (const path of revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
    return state;
  };
}
