// The signed-in navigation. Each entry is a page that exists.
export const NAV_LINKS: { href: string; label: string }[] = [
  { href: "/", label: "Home" },
  { href: "/settings", label: "Settings" },
];
