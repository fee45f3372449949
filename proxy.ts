import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { DEVELOPMENT_ONLY_SECRET } from "@/lib/server/dev-secret";

// Optimistic redirects only: every page, action and route handler checks the session itself.
const PUBLIC_PATHS = ["/sign-in", "/sign-up", "/reset-password"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Server actions answer with their own typed "please sign in" result instead of a redirect.
  if (request.headers.has("next-action")) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? DEVELOPMENT_ONLY_SECRET });
  if (!token && !isPublic) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  // A signed-in visitor on /sign-in is sent on by the page itself, which checks the session row:
  // a cookie whose session has ended must reach the form, not bounce back here.
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|icon.svg|manifest.webmanifest|robots.txt).*)"],
};
