import { describe, expect, it } from "vitest";
import {
  HSTS_VALUE,
  STATIC_SECURITY_HEADERS,
  buildSecurityHeaders,
  createNonce,
  isHttpsRequest,
  trustedProxyCount,
} from "@/lib/server/security-headers";

const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

/** The policy as directive name -> its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("buildSecurityHeaders", () => {
  it("allows scripts by the request's nonce and 'strict-dynamic', and nothing inline or evaluated in production", () => {
    const policy = directives(buildSecurityHeaders({ nonce: NONCE, isDevelopment: false, isHttps: true })["Content-Security-Policy"]);
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("manifest-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((source) => source === "'unsafe-inline'")).toHaveLength(1);
  });

  it("forbids framing the app anywhere, in the policy and in X-Frame-Options", () => {
    for (const isHttps of [false, true]) {
      const headers = buildSecurityHeaders({ nonce: NONCE, isDevelopment: false, isHttps });
      expect(directives(headers["Content-Security-Policy"]).get("frame-ancestors")).toEqual(["'none'"]);
      expect(headers["X-Frame-Options"]).toBe("DENY");
    }
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    const development = buildSecurityHeaders({ nonce: NONCE, isDevelopment: true, isHttps: false });
    expect(directives(development["Content-Security-Policy"]).get("script-src")).toContain("'unsafe-eval'");
  });

  it("sends HSTS and upgrade-insecure-requests over HTTPS only", () => {
    const https = buildSecurityHeaders({ nonce: NONCE, isDevelopment: false, isHttps: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(directives(https["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(true);

    const http = buildSecurityHeaders({ nonce: NONCE, isDevelopment: false, isHttps: false });
    expect(http).not.toHaveProperty("Strict-Transport-Security");
    expect(directives(http["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(false);
    expect(HSTS_VALUE).toBe(https["Strict-Transport-Security"]);
  });

  it("always carries the static set unchanged", () => {
    const headers = buildSecurityHeaders({ nonce: NONCE, isDevelopment: false, isHttps: false });
    expect(headers).toMatchObject(STATIC_SECURITY_HEADERS);
    expect(STATIC_SECURITY_HEADERS).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    const denied = STATIC_SECURITY_HEADERS["Permissions-Policy"]!.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(denied).toContain(`${feature}=()`);
    expect(denied.every((entry) => entry.endsWith("=()"))).toBe(true);
  });
});

describe("createNonce", () => {
  it("is 16 random bytes in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect([...nonces].every((nonce) => /^[A-Za-z0-9+/]{22}==$/.test(nonce))).toBe(true);
  });
});

describe("isHttpsRequest", () => {
  it("ignores X-Forwarded-Proto unless TRUST_PROXY is a positive integer", () => {
    // Next builds nextUrl's protocol from the same header, so a client claiming https gets https: there.
    for (const trustProxy of [undefined, "", "0", "-1", "true", "1.5", "yes"]) {
      expect(isHttpsRequest({ protocol: "https:", forwardedProto: "https", trustProxy })).toBe(false);
      expect(isHttpsRequest({ protocol: "http:", forwardedProto: "https", trustProxy })).toBe(false);
    }
    expect(isHttpsRequest({ protocol: "https:", forwardedProto: "https", trustProxy: "1" })).toBe(true);
    expect(isHttpsRequest({ protocol: "http:", forwardedProto: "HTTPS", trustProxy: "2" })).toBe(true);
  });

  it("believes the connection itself when no forwarded header claims https", () => {
    expect(isHttpsRequest({ protocol: "https:", forwardedProto: null, trustProxy: undefined })).toBe(true);
    expect(isHttpsRequest({ protocol: "http:", forwardedProto: null, trustProxy: undefined })).toBe(false);
    expect(isHttpsRequest({ protocol: "http:", forwardedProto: "http", trustProxy: undefined })).toBe(false);
    expect(isHttpsRequest({ protocol: "http:", forwardedProto: "http", trustProxy: "1" })).toBe(false);
  });

  it("reads the value the outermost trusted proxy appended, not one the client sent ahead of it", () => {
    // A client sent "https", the one trusted proxy (reached over http) appended "http".
    expect(isHttpsRequest({ protocol: "https:", forwardedProto: "https, http", trustProxy: "1" })).toBe(false);
    // Two trusted proxies: the outer one was reached over https.
    expect(isHttpsRequest({ protocol: "https:", forwardedProto: "https, http", trustProxy: "2" })).toBe(true);
    // More proxies trusted than values: the first value is the outermost one there is.
    expect(isHttpsRequest({ protocol: "https:", forwardedProto: "https", trustProxy: "3" })).toBe(true);
  });

  it("parses TRUST_PROXY as a count of proxies", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("0")).toBe(0);
    expect(trustedProxyCount("abc")).toBe(0);
    expect(trustedProxyCount("1e3")).toBe(0);
    expect(trustedProxyCount("1")).toBe(1);
    expect(trustedProxyCount(" 2 ")).toBe(2);
  });
});
