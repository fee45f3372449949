import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth";
import { checkAuthRequest, refusalResponse } from "@/lib/server/request-guard";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth answers a few faults of the request with 500 (a callback address that is not one, a
// JSON body that does not parse, a GET of the credentials callback): those get a 4xx first.
async function guarded(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const body = request.method === "POST" ? await request.clone().text() : null;
  const refusal = checkAuthRequest({
    method: request.method,
    segments: nextauth,
    contentType: request.headers.get("content-type"),
    body,
    callbackUrls: request.nextUrl.searchParams.getAll("callbackUrl"),
    callbackCookies: request.cookies.getAll().filter((cookie) => cookie.name.endsWith("next-auth.callback-url")),
    base: request.nextUrl.origin,
  });
  if (refusal) return refusalResponse(refusal);
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
