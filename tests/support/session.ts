// A test session is the cookie next-auth itself sets at sign-in: a JWT encrypted with the app's
// secret under the app's cookie name. The real wrapper then decodes it with next-auth and checks
// that the person still exists, exactly as in a request. Issue 12 adds a server-side session
// row checked against the cookie; sessionCookie() is the one place that will create it.
import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/server/auth";
import { withRequest } from "./next-headers";

export interface SessionPerson {
  id: string;
  name?: string;
  email?: string;
}

/** The name next-auth gives the session cookie (lib/server/auth.ts sets none of its own). */
export function sessionCookieName(): string {
  const secure = authOptions.useSecureCookies ?? process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return authOptions.cookies?.sessionToken?.name ?? `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** The Cookie header of a browser signed in as `person`, minted as next-auth's jwt callback does. */
export async function sessionCookie(person: SessionPerson, secret = authOptions.secret): Promise<string> {
  if (!secret) throw new Error("authOptions has no secret: tests/setup/integration-db.ts sets NEXTAUTH_SECRET");
  const token = await encode({
    token: { sub: person.id, name: person.name, email: person.email },
    secret,
    maxAge: authOptions.session?.maxAge,
  });
  return `${sessionCookieName()}=${token}`;
}

/** Runs `fn` (an action call) in a request from `person`'s signed-in browser. */
export async function asPerson<T>(person: SessionPerson, fn: () => Promise<T>): Promise<T> {
  return withRequest({ cookie: await sessionCookie(person) }, fn);
}

/** Runs `fn` in a request from a browser that is not signed in. */
export function signedOut<T>(fn: () => Promise<T>): Promise<T> {
  return withRequest({}, fn);
}
