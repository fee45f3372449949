import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth";
import { db } from "./db";

/**
 * The signed-in person's id, or null. Memoised per request. The JWT alone is not trusted
 * to name a person who still exists: a deleted account's token must not act.
 */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true } });
  return user?.id ?? null;
});

/** For pages: the signed-in person's id, or a redirect to sign-in. */
export async function requireUserId(returnTo?: string): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return userId;
}
