"use server";

import { answerWith, publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";

/** Sign-ups from one address: enough for a household setting up, not for a script. */
const SIGN_UPS_PER_ADDRESS = { limit: 10, windowMs: 60 * 60 * 1000 };

export const signUpAction = publicAction("sign-up", SIGN_UPS_PER_ADDRESS, signUpSchema, async function signUp(input) {
  return answerWith(await createUser(input), () => ({ email: input.email }));
});
