// Next's redirect() ends an action by throwing an error whose digest names the target
// ("NEXT_REDIRECT;replace;/foods?deleted=Kefir;307;"); Next turns it into a navigation.
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";

/** Where the action's redirect() sends the browser. Fails when the action answers instead. */
export async function redirectTarget(call: Promise<unknown>): Promise<string> {
  let answer: unknown;
  try {
    answer = await call;
  } catch (error) {
    if (isRedirectError(error)) return getURLFromRedirectError(error);
    throw error;
  }
  throw new Error(`Expected the action to redirect; it answered ${JSON.stringify(answer)}`);
}
