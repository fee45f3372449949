import "server-only";
import { NextResponse } from "next/server";
import { DATABASE_BUSY, isDatabaseBusy } from "./database-errors";

/** How long a client should wait before retrying a request the busy database refused, in seconds. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * The answer of a route handler whose work threw: 503 with Retry-After when the database was
 * busy (another process held it past the busy timeout; retrying will work), else 500 with the
 * route's own message. Never the error's text: it can carry SQL and file paths.
 */
export function routeFailure(error: unknown, context: string, message: string, headers: Record<string, string> = {}): NextResponse {
  if (isDatabaseBusy(error)) {
    console.warn(`[${context}] the database was busy`);
    return NextResponse.json(
      { error: DATABASE_BUSY },
      { status: 503, headers: { ...headers, "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } },
    );
  }
  console.error(`[${context}] failed`, error);
  return NextResponse.json({ error: message }, { status: 500, headers });
}
