"use server";

import { revalidatePath } from "next/cache";
import { answerWith, authedAction } from "@/lib/server/action";
import { keepGuest } from "@/lib/server/guests";
import { SIGN_UP_LIMIT } from "@/lib/server/users";
import { keepGuestSchema } from "@/lib/validation/auth";

/**
 * A guest chooses an email and password: the same account, kept, with everything in it. Its
 * answer tells whether an email has an account, as sign-up's does, so it counts against
 * sign-up's per-address limit.
 */
export const keepGuestAction = authedAction(
  keepGuestSchema,
  async function keepGuestAccount(input, { userId }) {
    const result = await keepGuest(userId, input);
    // The banner and the header's email change on every page.
    if (result.ok) revalidatePath("/", "layout");
    return answerWith(result, (data) => data);
  },
  { limit: SIGN_UP_LIMIT },
);
