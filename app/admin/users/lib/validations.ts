import * as z from "zod";
import { ROLES } from "@/lib/auth/roles";
import { requiredText } from "@/lib/form-fields";

export const inviteUserSchema = z.object({
  email: z
    .email("Enter an email address like name@newsroom.org.")
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: requiredText("Name", 100),
  role: z.enum(ROLES, { error: "Choose viewer, editor or admin." }),
  password: z.string().min(8, "The initial password needs at least 8 characters.").max(128, "At most 128 characters."),
});

export const setUserRoleSchema = z.object({
  userId: requiredText("User", 100),
  role: z.enum(ROLES, { error: "Choose viewer, editor or admin." }),
});
