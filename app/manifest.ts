import type { MetadataRoute } from "next";

// Lets a phone install Glowplate and open it full screen, for the shopping list in a shop (which
// then opens offline: worker/sw.ts). PNGs for launchers that want raster icons, rendered from
// the logo by scripts/make-icons.mjs; the maskable ones keep the leaf inside the safe zone.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Glowplate",
    short_name: "Glowplate",
    description: "Plan a week of meals for your gut and skin, with a gut score that explains itself.",
    start_url: "/plan",
    scope: "/",
    display: "standalone",
    background_color: "#f0faf3",
    theme_color: "#267a4d",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-192-maskable.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icon-512-maskable.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [{ name: "Shopping list", short_name: "Shopping", url: "/shopping" }],
  };
}
