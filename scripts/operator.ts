// Operator commands for a self-hosted Glowplate, which has no email of its own:
//   npm run user:reset-link -- someone@example.com   a one-time password reset link (1 hour)
//   npm run invite                                   a single-use sign-up link (7 days)
// Links are printed for the operator to pass on. The base address is GLOWPLATE_URL, else
// NEXTAUTH_URL, else http://localhost:3000. Runs with the react-server condition so that the
// server-only data layer loads outside Next (package.json).
import path from "node:path";
import { loadEnv } from "./load-env.mjs";

async function main(): Promise<number> {
  loadEnv(path.resolve(import.meta.dirname, ".."));
  const base = (process.env.GLOWPLATE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const [command, argument] = process.argv.slice(2);
  const { db } = await import("../lib/server/db");
  try {
    if (command === "reset-link") {
      if (!argument) {
        console.error("Usage: npm run user:reset-link -- someone@example.com");
        return 2;
      }
      const { issuePasswordResetLink, RESET_LINK_LIFETIME_MINUTES } = await import("../lib/server/account-security");
      const link = await issuePasswordResetLink(argument);
      if (!link) {
        console.error(`No account has the email ${argument.trim().toLowerCase()}.`);
        return 1;
      }
      console.log(
        `One-time password reset link for ${argument.trim().toLowerCase()} (works once, for ${RESET_LINK_LIFETIME_MINUTES} minutes):`,
      );
      console.log(`${base}/reset-password/${link.token}`);
      return 0;
    }
    if (command === "invite") {
      const { invitePath, issueInvite, registrationMode, INVITE_LIFETIME_DAYS } = await import("../lib/server/registration");
      const invite = await issueInvite(null);
      if (!invite) return 1;
      console.log(`Single-use sign-up link (works once, for ${INVITE_LIFETIME_DAYS} days):`);
      console.log(`${base}${invitePath(invite.token)}`);
      if (registrationMode() !== "invite")
        console.log(`Note: REGISTRATION is "${registrationMode()}", so the link is not needed to sign up right now.`);
      return 0;
    }
    console.error("Usage: npm run user:reset-link -- someone@example.com | npm run invite");
    return 2;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
