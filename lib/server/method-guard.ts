// The requests Next.js 16.4.6 answers with a 500 before the proxy (proxy.ts) can see them:
// - TRACE and TRACK: Next builds a WHATWG Request for the proxy and for every route, and the
//   platform refuses those methods ("'TRACE' HTTP method is unsupported"), so they fail
//   before any code of ours runs;
// - any method but GET and HEAD on a static file (the build's /_next/static/…, and public/):
//   Next sets 405 and renders its /405 page, which an App Router-only build lacks, so the
//   answer becomes a 500.
// instrumentation.ts installs this once, at server start, in front of Next's request handler.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { STATIC_SECURITY_HEADERS } from "./security-headers";

export interface MethodRefusal {
  status: 405;
  allow: string;
}

/** Methods the platform's Request cannot carry (CONNECT never reaches a request handler: Node emits "connect"). */
const UNREPRESENTABLE = new Set(["TRACE", "TRACK"]);

/** The refusal for one request line, or null. `publicFiles` are public/'s files as paths ("/icon.svg"). */
export function methodRefusal(method: string, url: string, publicFiles: ReadonlySet<string>): MethodRefusal | null {
  if (UNREPRESENTABLE.has(method.toUpperCase())) return { status: 405, allow: "GET, HEAD, POST" };
  if (method === "GET" || method === "HEAD") return null;
  const pathname = url.split("?")[0] ?? "";
  if (pathname.startsWith("/_next/static/") || publicFiles.has(pathname)) return { status: 405, allow: "GET, HEAD" };
  return null;
}

/** public/'s files, as the paths they are served at. */
export function listPublicPaths(dir: string): Set<string> {
  const paths = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}/${entry.name}`);
      else paths.add(`${prefix}/${entry.name}`);
    }
  };
  walk(dir, "");
  return paths;
}

const INSTALLED = Symbol.for("glowplate.method-guard");

/**
 * Answers the requests above with 405 before any "request" listener sees them. Next creates its
 * HTTP server before instrumentation runs, so this wraps the emit of every http.Server rather
 * than one server's listener; it touches nothing but those requests.
 */
export function installMethodGuard(publicDir = path.join(process.cwd(), "public")): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const publicFiles = listPublicPaths(publicDir);
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = methodRefusal(request.method ?? "", request.url ?? "", publicFiles);
      if (refusal) {
        // Answer once the client has sent its body (read and dropped): answering and closing
        // while it still uploads makes it fail with EPIPE instead of reading the 405.
        request.once("end", () => {
          response.writeHead(refusal.status, {
            // The proxy never sees these requests: the headers every other answer carries, and a
            // policy that allows nothing (the body is plain text).
            ...STATIC_SECURITY_HEADERS,
            "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
            allow: refusal.allow,
            "content-type": "text/plain; charset=utf-8",
            "cache-control": "no-store",
          });
          response.end("Method not allowed.\n");
        });
        request.once("error", () => request.destroy());
        request.resume();
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
