"use server";

import { answerWith, publicAction } from "@/lib/server/action";
import { createUser, SIGN_UP_LIMIT } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";

export const signUpAction = publicAction(SIGN_UP_LIMIT.name, SIGN_UP_LIMIT.policy, signUpSchema, async function signUp(input) {
  return answerWith(await createUser(input), () => ({ email: input.email }));
});
