// Runs once when the server starts: refuse to serve with a missing production secret
// instead of failing on the first sign-in, and work around Next's per-request retention
// (lib/server/abort-reason-stacks.ts), and stamp each request with its socket's address before
// Next sees it (lib/server/client-address.ts), and answer the methods Next cannot handle before
// it sees them (lib/server/method-guard.ts, docs/decisions/013-no-500s.md), and delete guest
// accounts whose day is over (lib/server/guests.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { materialiseAbortReasonStacks } = await import("@/lib/server/abort-reason-stacks");
    materialiseAbortReasonStacks();
    const { installPeerAddressHeader } = await import("@/lib/server/client-address");
    installPeerAddressHeader();
    const { installMethodGuard } = await import("@/lib/server/method-guard");
    installMethodGuard();
    const { authSecret } = await import("@/lib/server/env");
    try {
      authSecret();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    const { scheduleGuestSweeps } = await import("@/lib/server/guests");
    scheduleGuestSweeps();
  }
}
