import { exportAccountData } from "@/lib/server/account";
import { getSessionUserId } from "@/lib/server/session";

// "Download my data": everything the signed-in person stored, as one JSON file. The session
// is checked here (the proxy only redirects pages) and the export is built from that session's
// person alone, so no address can fetch anyone else's.

export async function GET(): Promise<Response> {
  const userId = await getSessionUserId();
  if (!userId) return new Response("Please sign in.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const data = await exportAccountData(userId);
  if (!data) return new Response("Please sign in.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="glowplate-data-${day}.json"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
