// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  // esbuild bundles the service worker while the build prerenders app/serwist/[path]/route.ts
  // (@serwist/turbopack): a native binary as well, loaded from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "esbuild"],
  // Type errors and lint fail `npm test` (tsc and eslint run there), not the production build.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
