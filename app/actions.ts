"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction, refusalAnswer, type ActionResult } from "@/lib/server/action";
import { GUEST_NAME, GUESTS_PER_ADDRESS, startGuest } from "@/lib/server/guests";
import { refused } from "@/lib/server/result";
import { getSessionUserId } from "@/lib/server/session";
import { setSessionCookie } from "@/lib/server/session-cookie";
import { startGuestSchema } from "@/lib/validation/auth";

/** The front door's "try it": a guest with a sample week, signed in, taken to the planner. */
const startGuestAction = publicAction("guest", GUESTS_PER_ADDRESS, startGuestSchema, async function tryGlowplate(input, { address }) {
  // A second tab of someone signed in (a guest included) must not swap their session for a new guest.
  if (await getSessionUserId())
    return refusalAnswer(refused("invalid", "You are signed in already. Sign out first to try a guest account."));
  const result = await startGuest({ key: input.key, userAgent: (await headers()).get("user-agent"), address });
  if (!result.ok) return refusalAnswer(result);
  await setSessionCookie({ id: result.data.userId, name: GUEST_NAME, email: "" }, result.data.sessionSecret);
  redirect(`/plan/${result.data.week}`);
});

/**
 * The form's action (useActionState's shape, so that the form also works before the page's
 * scripts have loaded): answers only when the guest could not be made.
 */
export async function tryItAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  return startGuestAction(formData);
}
