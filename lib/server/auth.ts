import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { RATE_LIMITED_PREFIX, signInSchema } from "@/lib/validation/auth";
import { audit } from "./audit";
import { clientAddress } from "./client-address";
import { authSecret, env } from "./env";
import { endSessionBySecret, resolveSession, SESSION_MAX_AGE_S } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** Thrown from the jwt callback when the cookie's session has ended: next-auth then answers "no session" and clears the cookie. */
class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

function headerOf(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const outcome = await signInWithPassword({
          ...parsed.data,
          address: clientAddress(req?.headers, env.TRUST_PROXY),
          userAgent: headerOf(req?.headers, "user-agent"),
        });
        if (outcome.kind === "refused") throw new Error(`${RATE_LIMITED_PREFIX}${outcome.retryAfterSeconds}`);
        if (outcome.kind === "wrong") return null;
        return { ...outcome.user, sid: outcome.sessionSecret };
      },
    }),
  ],
  callbacks: {
    // Runs on every session read: the token is good only while its session row lives.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
        return token;
      }
      const live = await resolveSession(token.sid);
      if (!live || live.userId !== token.sub) throw new SessionEndedError();
      token.sessionId = live.sessionId;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      if (typeof token.sessionId === "string") session.sessionId = token.sessionId;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const ended = await endSessionBySecret(token?.sid);
      if (ended) audit("sign-out", { userId: ended.userId, sessionId: ended.sessionId });
    },
  },
  logger: {
    // An ended session is the expected answer for an old cookie, not an error to log.
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (error instanceof SessionEndedError || (error instanceof Error && error.name === "SessionEndedError")) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
