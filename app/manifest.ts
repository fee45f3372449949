import type { MetadataRoute } from "next";

// Lets a phone add Glowplate to its home screen and open it full screen, for the shopping
// list in a shop. The icon is the scalable logo; no raster icons are shipped.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Glowplate",
    short_name: "Glowplate",
    description: "Plan a week of meals for your gut and skin, with a gut score that explains itself.",
    start_url: "/plan",
    display: "standalone",
    background_color: "#f0faf3",
    theme_color: "#267a4d",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
