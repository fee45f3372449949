// The response headers every request gets (docs/decisions/012-security-headers.md). proxy.ts is
// the only caller at run time; it cannot import server-only code, so this module stays free of
// it and of Next itself: plain data in, plain header names and values out.

export interface SecurityHeaderOptions {
  /** The request's nonce; a new one per request (`createNonce`). */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  isDevelopment: boolean;
  /** The request reached us over HTTPS (`isHttpsRequest`). */
  isHttps: boolean;
}

/** The header proxy.ts also sets on the request, for pages that need the nonce themselves. */
export const NONCE_REQUEST_HEADER = "x-nonce";

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Headers whose value never depends on the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // No feature here needs a device or a payment; deny them to this page and to anything it embeds.
  "Permissions-Policy": [
    "accelerometer=()",
    "autoplay=()",
    "browsing-topics=()",
    "camera=()",
    "display-capture=()",
    "geolocation=()",
    "gyroscope=()",
    "hid=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "publickey-credentials-get=()",
    "serial=()",
    "usb=()",
    "xr-spatial-tracking=()",
  ].join(", "),
  "X-Content-Type-Options": "nosniff",
  "Cross-Origin-Opener-Policy": "same-origin",
  // For browsers without CSP's frame-ancestors; the policy below says the same.
  "X-Frame-Options": "DENY",
};

/** 16 random bytes, base64: a new nonce for one request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, isDevelopment, isHttps }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    // Next stamps the nonce on every script it renders (it reads it from the request's
    // Content-Security-Policy header). 'strict-dynamic' lets those scripts load the route's
    // chunks, which carry no nonce; browsers that know it ignore 'self' here.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Server-rendered HTML carries React's style={...} props as style attributes (the planner's
    // meters, dnd-kit's transforms), and a nonce cannot cover an attribute, so styles stay
    // 'unsafe-inline'; a nonce here would switch 'unsafe-inline' off. Injected CSS runs no script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js). Without this, workers fall back to script-src, where
    // 'strict-dynamic' ignores 'self' and a worker script can carry no nonce.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Every security header for one response: the static set, HSTS over HTTPS, and the policy. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> & { "Content-Security-Policy": string } {
  return {
    ...STATIC_SECURITY_HEADERS,
    ...(options.isHttps ? { "Strict-Transport-Security": HSTS_VALUE } : {}),
    "Content-Security-Policy": contentSecurityPolicy(options),
  };
}

/** `TRUST_PROXY`: how many reverse proxies stand in front of the app (unset or not a positive integer: none). */
export function trustedProxyCount(value: string | undefined): number {
  return value !== undefined && /^[1-9][0-9]{0,2}$/.test(value.trim()) ? Number(value.trim()) : 0;
}

export interface HttpsEvidence {
  /** `request.nextUrl.protocol`. */
  protocol: string;
  /** The `X-Forwarded-Proto` request header, as received. */
  forwardedProto: string | null;
  /** `process.env.TRUST_PROXY`. */
  trustProxy: string | undefined;
}

/**
 * Whether the request reached us over HTTPS, which decides HSTS and upgrade-insecure-requests.
 * X-Forwarded-Proto counts only when TRUST_PROXY says a reverse proxy sets it; then the value
 * that matters is the one the outermost trusted proxy appended (proxies that overwrite the
 * header leave one value). Next 16.4 builds `request.nextUrl.protocol` from X-Forwarded-Proto
 * too (next/dist/server/lib/router-utils/resolve-routes.js: `includes('https')`), so "https:"
 * there is the connection's own word only when no X-Forwarded-Proto mentions https.
 */
export function isHttpsRequest({ protocol, forwardedProto, trustProxy }: HttpsEvidence): boolean {
  const forwarded = (forwardedProto ?? "").toLowerCase();
  const directTls = protocol === "https:" && !forwarded.includes("https");
  const hops = trustedProxyCount(trustProxy);
  if (hops === 0 || forwarded === "") return directTls;
  const values = forwarded.split(",").map((value) => value.trim());
  return directTls || values[Math.max(0, values.length - hops)] === "https";
}
