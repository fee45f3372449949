// What every server action answers, shared by the server (lib/server/action.ts builds it) and
// the client components that read it; plain types, so client code never imports lib/server.

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; code?: "conflict" | "not-found" | "rate-limited" | "busy" };
