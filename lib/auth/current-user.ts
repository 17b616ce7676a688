import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "./auth";
import { getSessionUser } from "./session-user";

/** The signed-in user of the current request (null when signed out); one lookup per request. */
export const getCurrentUser = cache(async () => getSessionUser(auth, await headers()));
