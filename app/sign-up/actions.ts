"use server";

import { answerWith, publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";

export const signUpAction = publicAction(signUpSchema, async function signUp(input) {
  return answerWith(await createUser(input), () => ({ email: input.email }));
});
