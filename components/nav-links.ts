// The signed-in navigation. Each entry is a page that exists.
export const NAV_LINKS: { href: string; label: string }[] = [
  { href: "/", label: "Home" },
  { href: "/plan", label: "Plan" },
  { href: "/shopping", label: "Shopping" },
  { href: "/foods", label: "Foods" },
  { href: "/recipes", label: "Recipes" },
  { href: "/journal", label: "Journal" },
  { href: "/settings", label: "Settings" },
];
