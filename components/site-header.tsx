import Link from "next/link";
import { UserMenu } from "./user-menu";
import { NAV_LINKS } from "./nav-links";
import { NavLink } from "./nav-link";

/** The signed-in person as the header shows them; the layout reads it, the header only renders. */
export interface HeaderPerson {
  name: string;
  email: string;
}

export function SiteHeader({ user }: { user: HeaderPerson | null }) {
  return (
    <header className="border-b border-leaf-100 bg-white/80 backdrop-blur dark:border-leaf-900 dark:bg-stone-900/80">
      <div className="mx-auto flex w-full max-w-[100rem] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-leaf-800 dark:text-leaf-200">
          <img src="/icon.svg" alt="" width={28} height={28} />
          Glowplate
        </Link>
        {user ? (
          <>
            {/* Two rows on a phone: one row that scrolled sideways hid "Settings" at 390 px. */}
            <nav aria-label="Main" className="order-3 -mx-1 grid w-full grid-cols-4 gap-1 text-center sm:order-none sm:flex sm:w-auto">
              {NAV_LINKS.map((link) => (
                <NavLink key={link.href} href={link.href}>
                  {link.label}
                </NavLink>
              ))}
            </nav>
            <div className="ml-auto">
              <UserMenu name={user.name} email={user.email} />
            </div>
          </>
        ) : (
          <nav aria-label="Account" className="ml-auto flex gap-2 text-sm">
            <Link
              className="rounded-md px-3 py-2 font-medium text-leaf-800 hover:bg-leaf-50 dark:text-leaf-200 dark:hover:bg-leaf-950"
              href="/sign-in"
            >
              Sign in
            </Link>
            <Link className="rounded-md bg-leaf-700 px-3 py-2 font-medium text-white hover:bg-leaf-800" href="/sign-up">
              Sign up
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
