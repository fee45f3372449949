"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap ${
        active
          ? "bg-leaf-100 text-leaf-900 dark:bg-leaf-900 dark:text-leaf-50"
          : "text-stone-600 hover:bg-leaf-50 hover:text-leaf-900 dark:text-stone-300 dark:hover:bg-leaf-950"
      }`}
    >
      {children}
    </Link>
  );
}
