import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from "./auth";

/** Deleting an account asks for the password again. */
export const deleteAccountSchema = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(PASSWORD_MAX_LENGTH),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const WRONG_PASSWORD_MESSAGE = "That password is not right. Your account was not deleted.";

export const CURRENT_PASSWORD_WRONG = "That is not your current password. Your password was not changed.";

/** Changing the password asks for the current one; other sessions end when it changes. */
export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Setting a new password from an operator's one-time reset link. */
export const resetPasswordSchema = z.object({
  token: z.string().trim().min(1, "This reset link is incomplete.").max(200, "This reset link is not valid."),
  newPassword: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** One of the person's own sessions or invites, by id. */
export const recordIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
