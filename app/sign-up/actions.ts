"use server";

import { publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";

export const signUpAction = publicAction(signUpSchema, async function signUp(input) {
  const result = await createUser(input);
  if (!result.ok) {
    return {
      ok: false,
      fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
    };
  }
  return { ok: true, data: { email: input.email } };
});
