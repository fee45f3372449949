import "server-only";
import { db } from "./db";

/** How long the health check waits for the database before calling it unreachable, in ms. */
export const HEALTH_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers a trivial query within `timeoutMs`. `SELECT 1` is valid on
 * SQLite and PostgreSQL alike and reads no table, so a busy writer never makes it fail. The
 * error itself is logged, never returned: it can name hosts, files and users.
 */
export async function databaseReachable(timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([db.$queryRaw`SELECT 1`.then(() => "ok" as const), timeout]);
    if (outcome === "timeout") console.warn(`[health] the database did not answer within ${timeoutMs} ms`);
    return outcome === "ok";
  } catch (error) {
    console.warn("[health] the database check failed", error instanceof Error ? error.message.split("\n").at(-1) : error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
