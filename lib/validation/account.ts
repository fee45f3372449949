import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./auth";

/** Deleting an account asks for the password again. */
export const deleteAccountSchema = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(PASSWORD_MAX_LENGTH),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const WRONG_PASSWORD_MESSAGE = "That password is not right. Your account was not deleted.";
