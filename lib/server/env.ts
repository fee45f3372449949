import "server-only";
import { z } from "zod";
import { DEVELOPMENT_ONLY_SECRET } from "./dev-secret";
import { trustedProxyCount } from "./security-headers";

// Read once and validated; everything else imports `env` from here.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // SQLite (a file: URL, the embedded default) or PostgreSQL (postgresql://user:pass@host/db).
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL must be a file: URL for SQLite (file:./data/glowplate.db) or a postgresql:// URL for PostgreSQL",
    )
    .default("file:./data/glowplate.db"),
  // Connections each instance keeps open to PostgreSQL at most (ignored on SQLite).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  // How many reverse proxies stand in front of the app; their X-Forwarded-For entries are the
  // only ones believed (lib/server/client-address.ts). 0: none, the socket's address counts.
  // Validated here at start; read by the one parser the proxy shares (security-headers.ts).
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(0|[1-9][0-9]{0,2})$/, "TRUST_PROXY must be a hop count: 0 (no proxy) or how many proxies stand in front of the app")
    .optional()
    .transform(trustedProxyCount),
  // open: anyone may sign up; invite: only with a single-use invite link; closed: nobody.
  REGISTRATION: z.enum(["open", "invite", "closed"], "REGISTRATION must be open, invite or closed").default("open"),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;

/**
 * The JWT signing secret. Production must set NEXTAUTH_SECRET (the embedded start script
 * sets it from the secret it generated in the data folder); development falls back to a
 * fixed per-process secret so `next dev` works without setup.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // `next build` loads route modules to collect page data; the real check happens at start
  // (instrumentation.ts) and on every use at run time.
  if (process.env.NEXT_PHASE === "phase-production-build") return DEVELOPMENT_ONLY_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it to a random string of 32+ characters (openssl rand -base64 32), or start the embedded server with `npm run start:embedded`, which generates one in the data folder.",
    );
  }
  return DEVELOPMENT_ONLY_SECRET;
}
