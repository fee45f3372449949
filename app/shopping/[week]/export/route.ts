import { z } from "zod";
import { renderCsv, renderPlainText, toExportList } from "@/lib/domain/shopping";
import { isValidIsoWeek } from "@/lib/domain/week";
import { getSessionUserId } from "@/lib/server/session";
import { getShoppingView, hasShoppingList } from "@/lib/server/shopping";

// The list as a file: CSV (default) or plain text. The session is checked here again (the
// proxy only redirects pages), and the list is looked up by the signed-in person and the
// week, so nobody can download anyone else's list, whatever they put in the address.

const BYTE_ORDER_MARK = "\uFEFF";

const querySchema = z.object({ format: z.enum(["csv", "txt"]).default("csv") });

export async function GET(request: Request, { params }: { params: Promise<{ week: string }> }): Promise<Response> {
  const { week } = await params;
  const userId = await getSessionUserId();
  if (!userId) return new Response("Please sign in.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!isValidIsoWeek(week) || !(await hasShoppingList(userId, week))) {
    return new Response("There is no shopping list for that week.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const query = querySchema.safeParse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (!query.success) {
    return new Response("Ask for format=csv or format=txt.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const format = query.data.format;
  const list = toExportList(await getShoppingView(userId, week));
  const headers = {
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (format === "txt") {
    return new Response(renderPlainText(list), {
      headers: {
        ...headers,
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="glowplate-shopping-${week}.txt"`,
      },
    });
  }
  // The byte order mark makes spreadsheet apps read the file as UTF-8 ("×", "½", accents).
  return new Response(BYTE_ORDER_MARK + renderCsv(list), {
    headers: {
      ...headers,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="glowplate-shopping-${week}.csv"`,
    },
  });
}
