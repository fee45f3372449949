// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  // esbuild bundles the service worker while the build prerenders app/serwist/[path]/route.ts
  // (@serwist/turbopack): a native binary as well, loaded from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "esbuild"],
  // A build checks types, except the one `npm test` makes for the end-to-end tests: the same run has
  // just type-checked the whole tree, the route types `next typegen` writes included (`npm run
  // typecheck`), and skipping the second check saves about a minute on two cores.
  typescript: { ignoreBuildErrors: process.env.GLOWPLATE_BUILD_SKIP_TYPECHECK === "1" },
};

module.exports = nextConfig;
