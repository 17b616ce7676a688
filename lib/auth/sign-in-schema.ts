import * as z from "zod";
import "../zod-config";

export const signInSchema = z.object({
  email: z.email("Enter an email address like name@newsroom.org.").max(254),
  password: z.string().min(1, "Enter your password.").max(128),
});

/** Where to go after signing in: only a path on this site, never `//evil.example`. */
export function safeNextPath(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
