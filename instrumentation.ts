// Runs once when the server starts: refuse to serve with a missing production secret
// instead of failing on the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { authSecret } = await import("@/lib/server/env");
    try {
      authSecret();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
}
