import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { RATE_LIMITED_PREFIX, signInSchema } from "@/lib/validation/auth";
import { authSecret, env } from "./env";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { SlidingWindowLimiter } from "./rate-limit";
import { findCredentialsByEmail } from "./users";

const globalForAuth = globalThis as unknown as { glowplateSignInLimiter?: SlidingWindowLimiter };
export const signInLimiter = (globalForAuth.glowplateSignInLimiter ??= new SlidingWindowLimiter(env.AUTH_RATE_LIMIT_PER_MINUTE, 60_000));

function clientAddress(headers: Record<string, unknown> | undefined): string {
  // Behind a reverse proxy the first X-Forwarded-For hop is the client; `next start`
  // alone sets it from the socket. See docs/decisions/002-auth.md for the trust caveat.
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return typeof value === "string" && value.length > 0 ? (value.split(",")[0]?.trim() ?? "unknown") : "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;

        const decision = signInLimiter.attempt([`email:${email}`, `ip:${clientAddress(req?.headers)}`]);
        if (!decision.allowed) throw new Error(`${RATE_LIMITED_PREFIX}${decision.retryAfterSeconds}`);

        const user = await findCredentialsByEmail(email);
        if (!user?.passwordHash) {
          await verifyAgainstDummy(password);
          return null;
        }
        if (!(await verifyPassword(password, user.passwordHash))) return null;
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
