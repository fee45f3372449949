import { NextResponse } from "next/server";
import { databaseReachable } from "@/lib/server/health";

// GET /api/health: for load balancers, orchestrators and uptime checks. Public (it says nothing
// but "ok" or "unreachable"), never cached, and answered by every instance for itself.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  if (await databaseReachable()) {
    return NextResponse.json({ status: "ok", database: "ok" }, { headers: NO_STORE });
  }
  return NextResponse.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: NO_STORE });
}
