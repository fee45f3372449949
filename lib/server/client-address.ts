// Who is asking: the address the per-address limits count against.
//
// `next start` copies the socket's address into X-Forwarded-For only when the request has no
// such header (`??=` in Next's base server), so without a proxy a client can name any
// address it likes. Instead, the server stamps the socket's address into a header of its own
// on every request, before Next sees it, overwriting whatever the client sent under that name
// (`installPeerAddressHeader`, called from instrumentation.ts). X-Forwarded-For is read only
// when the operator says how many proxies stand in front (`TRUST_PROXY`, a hop count; 0 by
// default), and then only the entries those proxies appended.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

export const PEER_ADDRESS_HEADER = "x-glowplate-peer-address";

let installed = false;

export function installPeerAddressHeader(): void {
  if (installed) return;
  installed = true;
  // Published synchronously by node:http for each request, before the 'request' event.
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    request.headers[PEER_ADDRESS_HEADER] = normaliseAddress(request.socket.remoteAddress ?? "");
  });
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice("::ffff:".length) : trimmed;
}

type HeaderSource = Headers | { get(name: string): string | null } | Record<string, unknown> | undefined | null;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

/**
 * The client's address: the socket's peer, or with `trustedProxyHops` = N, the address N hops
 * back along X-Forwarded-For + peer (each trusted proxy appends the address it saw). "unknown"
 * when the server did not stamp the peer (a test calling code directly): all such share a bucket.
 */
export function clientAddress(headers: HeaderSource, trustedProxyHops: number): string {
  const peer = headerValue(headers, PEER_ADDRESS_HEADER);
  if (!peer) return "unknown";
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (headerValue(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter((entry) => entry.length > 0);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? peer;
}
