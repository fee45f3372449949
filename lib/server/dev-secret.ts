// Used only by `next dev` when NEXTAUTH_SECRET is unset; production refuses to start without
// a real secret (lib/server/env.ts). Shared with proxy.ts, which cannot import server-only code.
export const DEVELOPMENT_ONLY_SECRET = "glowplate-development-only-secret-not-for-production";
