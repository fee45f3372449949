import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { DEVELOPMENT_ONLY_SECRET } from "@/lib/server/dev-secret";
import { guardRequest } from "@/lib/server/request-guard";
import { NONCE_REQUEST_HEADER, buildSecurityHeaders, createNonce, isHttpsRequest } from "@/lib/server/security-headers";

// Optimistic redirects only: every page, action and route handler checks the session itself.
const PUBLIC_PATHS = ["/sign-in", "/sign-up", "/reset-password"];
// Security headers go on every response, so the proxy runs for every path; these get no sign-in
// redirect (what the matcher excluded before the headers came).
// The service worker and the install icons are fetched without a session too (a browser checks
// for a new worker and an installed app's icons whoever is signed in).
const NOT_A_PAGE =
  /^\/(api\/|_next\/|serwist\/|favicon.ico|icon.svg|icon-\d+(-maskable)?\.png|apple-touch-icon.png|manifest.webmanifest|robots.txt)/;

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = buildSecurityHeaders({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
    isHttps: isHttpsRequest({
      protocol: request.nextUrl.protocol,
      forwardedProto: request.headers.get("x-forwarded-proto"),
      trustProxy: process.env.TRUST_PROXY,
    }),
  });
  // Next reads the nonce from the request's Content-Security-Policy and stamps it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  requestHeaders.set(NONCE_REQUEST_HEADER, nonce);
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  // Malformed requests Next would answer with a 500 get a 4xx first (docs/decisions/013-no-500s.md).
  const response =
    (await guardRequest(request)) ?? (NOT_A_PAGE.test(request.nextUrl.pathname) ? next() : await redirectIfNeeded(request, next));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function redirectIfNeeded(request: NextRequest, next: () => NextResponse) {
  const { pathname, search } = request.nextUrl;
  // "/" is the front door when signed out, the home when signed in: the page decides.
  const isPublic = pathname === "/" || PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Server actions answer with their own typed "please sign in" result instead of a redirect.
  if (request.headers.has("next-action")) return next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? DEVELOPMENT_ONLY_SECRET });
  if (!token && !isPublic) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  // A signed-in visitor on /sign-in is sent on by the page itself, which checks the session row:
  // a cookie whose session has ended must reach the form, not bounce back here.
  return next();
}

export const config = {
  matcher: ["/:path*"],
};
