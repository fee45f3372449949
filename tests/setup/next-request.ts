import Module, { createRequire } from "node:module";
import path from "node:path";
import { beforeEach } from "vitest";
import { forgetRevalidations } from "../support/next-cache";
import * as testHeaders from "../support/next-headers";

// next-auth's getServerSession() loads `next/headers` with require() when it runs, which the
// `next/headers` alias in vitest.config.mts does not reach (vitest rewrites imports in the code
// it transforms, not require() inside node_modules). An entry in Node's require cache, under
// the file that require() resolves to, gives next-auth the same test module the app imports.
const require = createRequire(import.meta.url);
const nextAuthDir = path.dirname(require.resolve("next-auth"));
const nextHeadersFile = require.resolve("next/headers", { paths: [nextAuthDir] });
const entry = new Module(nextHeadersFile);
entry.filename = nextHeadersFile;
entry.loaded = true;
entry.exports = { cookies: testHeaders.cookies, headers: testHeaders.headers };
require.cache[nextHeadersFile] = entry;

// The origin a deployment sets (lib/server/env.ts); without it next-auth warns on the first
// session it reads. http keeps next-auth's cookie name unprefixed, as in development.
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

beforeEach(() => {
  forgetRevalidations();
});
