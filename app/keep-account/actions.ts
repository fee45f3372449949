"use server";

import { revalidatePath } from "next/cache";
import { answerWith, authedAction } from "@/lib/server/action";
import { keepGuest } from "@/lib/server/guests";
import { keepGuestSchema } from "@/lib/validation/auth";

/** A guest chooses an email and password: the same account, kept, with everything in it. */
export const keepGuestAction = authedAction(keepGuestSchema, async function keepGuestAccount(input, { userId }) {
  const result = await keepGuest(userId, input);
  // The banner and the header's email change on every page.
  if (result.ok) revalidatePath("/", "layout");
  return answerWith(result, (data) => data);
});
