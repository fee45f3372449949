import "server-only";
// Signing a browser in from a server action, for the one sign-in that has no password to check
// (a guest, lib/server/guests.ts): the same JWT cookie next-auth's sign-in sets, carrying the
// new session's secret, so that everything after it (the jwt callback in auth.ts, the proxy)
// reads it as any other session.
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret, env } from "./env";
import { SESSION_MAX_AGE_S, sessionCookieName } from "./session-token";

export async function setSessionCookie(user: { id: string; name: string; email: string }, sessionSecret: string, now = new Date()) {
  const name = sessionCookieName(env.NEXTAUTH_URL, !!process.env.VERCEL);
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sid: sessionSecret },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
  });
}
