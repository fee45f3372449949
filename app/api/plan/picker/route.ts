import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { defaultPortionGrams, type PickerResult } from "@/lib/domain/picker";
import { getFoodsForUser } from "@/lib/server/foods";
import { routeFailure } from "@/lib/server/route-errors";
import { SEARCH_QUERY_MAX_LENGTH, searchForUser } from "@/lib/server/search";
import { getSessionUserId } from "@/lib/server/session";

const PICKER_LIMIT = 12;
const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/plan/picker?q=kimchee (the same bound on the query as /api/search).
const querySchema = z.object({
  q: z
    .string()
    .max(SEARCH_QUERY_MAX_LENGTH * 4)
    .default(""),
});

// The planner's add dialog: search hits with what it needs to choose an amount.
export async function GET(request: NextRequest) {
  const userId = await getSessionUserId();
  if (!userId) return NextResponse.json({ error: "Please sign in." }, { status: 401 });
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "That search is not one we understand." }, { status: 400 });
  try {
    return NextResponse.json({ results: await pickerResults(userId, parsed.data.q) }, { headers: PRIVATE });
  } catch (error) {
    return routeFailure(error, "api/plan/picker", "Search is not available right now. Please try again.", PRIVATE);
  }
}

async function pickerResults(userId: string, query: string): Promise<PickerResult[]> {
  const hits = await searchForUser(userId, query, { limit: PICKER_LIMIT });
  const foods = await getFoodsForUser(
    userId,
    hits.filter((h) => h.kind === "food").map((h) => h.id),
  );
  const results: PickerResult[] = [];
  for (const hit of hits) {
    if (hit.kind === "food") {
      const food = foods.get(hit.id);
      if (!food) continue;
      const portions = food.portions.some((p) => p.grams === 100) ? food.portions : [...food.portions, { label: "100 g", grams: 100 }];
      results.push({
        kind: "food",
        id: hit.id,
        name: hit.name,
        detail: hit.detail,
        portions,
        defaultGrams: defaultPortionGrams(food),
        own: hit.own,
        illustration: hit.illustration,
      });
    } else {
      const { id, name, detail, own, illustration } = hit;
      results.push({ kind: "recipe", id, name, detail, portions: [], defaultGrams: null, own, illustration });
    }
  }
  return results;
}
