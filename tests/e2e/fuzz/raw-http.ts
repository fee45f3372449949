// A bare HTTP client for the fuzz suite: it sends exactly the method, path, headers and body it
// is given (fetch would normalise the path, refuse some methods and headers, and add its own).
import http from "node:http";

export interface RawRequest {
  /** What the failure list prints: which battery and case this is. */
  label: string;
  method: string;
  /** Sent as is, percent-encoding and all. */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: Buffer | string;
  /** Send the body without a Content-Length, in 64 KiB chunks. */
  chunked?: boolean;
  /** Set when the person is signed in; added as the session cookie. */
  signedIn?: boolean;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The start of the body (enough to check it says nothing it should not). */
  body: string;
  /** Set when no answer came: the connection closed or the request timed out. */
  error?: string;
}

const BODY_KEPT = 64 * 1024;

export function sendRaw(port: number, request: RawRequest, extraHeaders: Record<string, string>, timeoutMs = 20_000): Promise<RawResponse> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (response: RawResponse) => {
      if (settled) return;
      settled = true;
      resolve(response);
    };
    const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, "utf8");
    const headers: Record<string, string | string[] | number> = { ...extraHeaders, ...request.headers };
    if (body !== undefined && !request.chunked && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) {
      headers["content-length"] = body.length;
    }
    if (request.chunked) headers["transfer-encoding"] = "chunked";
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: request.method,
      path: request.path,
      headers,
      agent: false,
      setHost: !Object.keys(headers).some((h) => h.toLowerCase() === "host"),
      insecureHTTPParser: true,
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer in ${timeoutMs} ms`));
    }, timeoutMs);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on("data", (chunk: Buffer) => {
        if (kept < BODY_KEPT) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      const done = (error?: string) => {
        clearTimeout(timer);
        finish({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8").slice(0, BODY_KEPT),
          error,
        });
      };
      res.on("end", () => done());
      res.on("error", () => done());
      res.on("aborted", () => done());
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      // A server that answers before reading a whole (oversized) body may close the socket
      // while we still write; the answer, if it came, was taken in "response" above.
      setTimeout(() => finish({ status: 0, headers: {}, body: "", error: error.message }), 50);
    });
    if (body === undefined) {
      req.end();
    } else if (request.chunked) {
      const size = 64 * 1024;
      let offset = 0;
      const writeMore = () => {
        while (offset < body.length) {
          const chunk = body.subarray(offset, offset + size);
          offset += size;
          if (!req.write(chunk)) {
            req.once("drain", writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
    } else {
      req.end(body);
    }
  });
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
