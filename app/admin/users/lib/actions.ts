"use server";

import { validatedAction } from "@/lib/validated-action";
import { userActions } from "./user-mutations";

// Admin-only server actions; the admin role is checked on the server on every call.

export const inviteUser = validatedAction(userActions.inviteUser);
export const setUserRole = validatedAction(userActions.setUserRole);
