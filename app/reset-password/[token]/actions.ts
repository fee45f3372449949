"use server";

import { answerWith, publicAction } from "@/lib/server/action";
import { resetPassword } from "@/lib/server/account-security";
import { resetPasswordSchema } from "@/lib/validation/account";

/** Guessing a reset token is hopeless (192 random bits); the limit stops anyone trying. */
const RESETS_PER_ADDRESS = { limit: 10, windowMs: 15 * 60 * 1000 };

export const resetPasswordAction = publicAction(
  "password-reset",
  RESETS_PER_ADDRESS,
  resetPasswordSchema,
  async function resetWithLink(input) {
    return answerWith(await resetPassword(input), () => null);
  },
);
