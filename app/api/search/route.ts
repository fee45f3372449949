import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { routeFailure } from "@/lib/server/route-errors";
import { getSessionUserId } from "@/lib/server/session";
import { SEARCH_LIMIT_MAX, SEARCH_QUERY_MAX_LENGTH, searchForUser } from "@/lib/server/search";

// GET /api/search?q=kimchee&kind=food|recipe|all&limit=12&units=1
// The instant search box and the recipe form's ingredient picker call this on each keystroke
// (debounced). The answer is the person's own: private, never cached.
const querySchema = z.object({
  q: z
    .string()
    .max(SEARCH_QUERY_MAX_LENGTH * 4)
    .default(""),
  kind: z.enum(["food", "recipe", "all"]).default("all"),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(12),
  units: z.enum(["0", "1"]).default("0"),
});

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const userId = await getSessionUserId();
  if (!userId) return NextResponse.json({ error: "Please sign in again: your session has ended." }, { status: 401, headers: PRIVATE });
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "That search is not one we understand." }, { status: 400, headers: PRIVATE });
  const { q, kind, limit, units } = parsed.data;
  try {
    const results = await searchForUser(userId, q, { kind: kind === "all" ? undefined : kind, limit, withUnits: units === "1" });
    return NextResponse.json({ query: q, results }, { headers: PRIVATE });
  } catch (error) {
    return routeFailure(
      error,
      `api/search kind=${kind} length=${q.length}`,
      "Search is not available right now. Please try again.",
      PRIVATE,
    );
  }
}
