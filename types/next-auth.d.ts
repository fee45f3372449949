import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The Session row this browser is signed in with (not its secret). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The session's secret; the Session table holds its SHA-256 (lib/server/sessions.ts). */
    sid?: string;
    sessionId?: string;
  }
}
