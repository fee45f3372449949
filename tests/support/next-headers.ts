// Stands in for `next/headers` in the integration tests. Next answers cookies() and headers()
// from the incoming request; here they answer from the request a test opens with
// withRequest() (or asPerson() in ./session.ts), and throw outside one, as Next does outside a
// request scope. vitest.config.mts aliases `next/headers` to this file for the app's imports,
// and tests/setup/next-request.ts hands it to next-auth's own require("next/headers").
import { AsyncLocalStorage } from "node:async_hooks";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";

export interface TestRequest {
  /** The Cookie header, e.g. "next-auth.session-token=…". */
  cookie?: string;
  headers?: Record<string, string>;
}

const requests = new AsyncLocalStorage<Headers>();

/** Runs `fn` as the handling of one request carrying `request`'s cookie and headers. */
export function withRequest<T>(request: TestRequest, fn: () => Promise<T>): Promise<T> {
  const headers = new Headers(request.headers);
  if (request.cookie !== undefined) headers.set("cookie", request.cookie);
  return requests.run(headers, fn);
}

function currentRequest(expression: string): Headers {
  const headers = requests.getStore();
  if (!headers) {
    throw new Error(`\`${expression}\` was called outside a request scope: wrap the call in withRequest() or asPerson() (tests/support).`);
  }
  return headers;
}

export async function headers(): Promise<Headers> {
  return new Headers(currentRequest("headers"));
}

export async function cookies(): Promise<RequestCookies> {
  return new RequestCookies(currentRequest("cookies"));
}
