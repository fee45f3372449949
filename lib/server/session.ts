import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth";

export interface SessionContext {
  userId: string;
  /** The Session row of this browser, for "this device" and "sign out everywhere else". */
  sessionId: string;
}

/**
 * The signed-in person and their session, or null. Memoised per request. next-auth's jwt
 * callback checks the cookie's session row on every read (lib/server/sessions.ts), so a
 * session that was signed out, revoked, or whose person was deleted, reads as signed out.
 */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  return userId && sessionId ? { userId, sessionId } : null;
});

/** The signed-in person's id, or null. */
export async function getSessionUserId(): Promise<string | null> {
  return (await getSessionContext())?.userId ?? null;
}

/** For pages: the signed-in person's id, or a redirect to sign-in. */
export async function requireUserId(returnTo?: string): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return userId;
}

/** For pages that act on the session itself (settings): the person and their session, or a redirect. */
export async function requireSession(returnTo: string): Promise<SessionContext> {
  const session = await getSessionContext();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session;
}
