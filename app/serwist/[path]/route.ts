import { createSerwistRoute } from "@serwist/turbopack";

// The service worker (worker/sw.ts), bundled with esbuild and given the list of the build's
// static files to precache, while `next build` prerenders this route: Turbopack has no plugin
// hook for that, so this is @serwist/turbopack's way (docs/decisions/019-offline-shopping-list.md).
// Served as /serwist/sw.js with `Service-Worker-Allowed: /`, so it may control the whole site.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "worker/sw.ts",
  // The esbuild package tsx already brings (a native binary), not esbuild-wasm.
  useNativeEsbuild: true,
  // Serwist's default list of Next's static files, plus the Latin subsets of the font, which it
  // leaves out: a kept page must look the same offline. public/ holds the icons.
  globPatterns: [".next/static/**/*.{js,css,ico,png,svg,webp,json}", ".next/static/media/inter-latin*.woff2", "public/**/*"],
});
