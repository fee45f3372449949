import { z } from "zod";

// NIST SP 800-63B-4 §3.1.1.2 for a password that is the only factor: at least 15 characters,
// and at least 64 allowed. Older, shorter passwords still sign in; these apply when one is set.
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

/** A new password's length rules; how guessable it is, is checked on the server (password-policy.ts). */
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are easy to remember.`)
  .max(PASSWORD_MAX_LENGTH, `Keep your password under ${PASSWORD_MAX_LENGTH} characters.`);

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: emailSchema,
  password: newPasswordSchema,
  /** The invite link's token, when sign-up is by invitation. */
  invite: z.string().trim().max(200).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});

/** Sign-in refusals for too many attempts travel to the page as "rate-limited:<seconds>". */
export const RATE_LIMITED_PREFIX = "rate-limited:";

/** The front door's "try it": the form's one-time key, so that a repeated submit makes one guest. */
export const startGuestSchema = z.object({
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/)
    .optional()
    .catch(undefined),
});
export type StartGuestInput = z.infer<typeof startGuestSchema>;

/** Keeping a guest account: the same name, email and password rules as sign-up. */
export const keepGuestSchema = signUpSchema.omit({ invite: true });
export type KeepGuestInput = z.infer<typeof keepGuestSchema>;
