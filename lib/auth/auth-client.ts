import { createAuthClient } from "better-auth/react";

/** Browser side of better-auth: sign-in and sign-out go through /api/auth, where the rate limit applies. */
export const authClient = createAuthClient();
