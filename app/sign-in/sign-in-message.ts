// Maps next-auth's error codes to what the person reads. A wrong email and a wrong password
// get the same words, so the form does not reveal which accounts exist.
import { RATE_LIMITED_PREFIX } from "@/lib/validation/auth";

export function signInMessage(code: string | null | undefined): string {
  if (code?.startsWith(RATE_LIMITED_PREFIX)) {
    const seconds = Number(code.slice(RATE_LIMITED_PREFIX.length));
    const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
    return `Too many sign-in attempts. Try again in ${wait} second${wait === 1 ? "" : "s"}.`;
  }
  if (!code || code === "CredentialsSignin") return "Email or password is incorrect.";
  return "Signing in failed. Please try again.";
}
