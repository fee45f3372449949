// A test session is what sign-in makes: a Session row, and the cookie next-auth sets, a JWT
// encrypted with the app's secret under the app's cookie name carrying the row's secret. The
// real wrapper then decodes it with next-auth and checks the row, exactly as in a request.
import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/server/auth";
import { PEER_ADDRESS_HEADER } from "@/lib/server/client-address";
import { startSession } from "@/lib/server/sessions";
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

/** The Cookie header of a browser signed in as `person`: a new session row, minted as sign-in does. */
export async function sessionCookie(person: SessionPerson, secret = authOptions.secret): Promise<string> {
  if (!secret) throw new Error("authOptions has no secret: tests/setup/integration-db.ts sets NEXTAUTH_SECRET");
  const session = await startSession(person.id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36");
  return cookieFor(person, session.secret, secret);
}

/** The cookie for an existing session secret (e.g. one that was signed out since). */
export async function cookieFor(person: SessionPerson, sid: string, secret = authOptions.secret): Promise<string> {
  if (!secret) throw new Error("authOptions has no secret");
  const token = await encode({
    token: { sub: person.id, name: person.name, email: person.email, sid },
    secret,
    maxAge: authOptions.session?.maxAge,
  });
  return `${sessionCookieName()}=${token}`;
}

/** A made-up client address, stamped as the server stamps the socket's (lib/server/client-address.ts). */
export function fromAddress(address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`): Record<string, string> {
  return { [PEER_ADDRESS_HEADER]: address };
}

/** Runs `fn` (an action call) in a request from `person`'s signed-in browser. */
export async function asPerson<T>(person: SessionPerson, fn: () => Promise<T>): Promise<T> {
  return withRequest({ cookie: await sessionCookie(person), headers: fromAddress() }, fn);
}

/**
 * Runs `fn` in a request from a browser that is not signed in, from its own address unless one
 * is given (so that one test's signed-out writes never count against another's limit).
 */
export function signedOut<T>(fn: () => Promise<T>, address?: string): Promise<T> {
  return withRequest({ headers: fromAddress(address) }, fn);
}
