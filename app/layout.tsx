import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "@fontsource-variable/inter";
import "./globals.css";
import { GuestBanner } from "@/components/guest-banner";
import { OfflineSupport } from "@/components/offline/offline-support";
import { SiteHeader } from "@/components/site-header";
import { guestDeletionLabel } from "@/lib/domain/guest";
import { getSessionUserId } from "@/lib/server/session";
import { getUserSummary } from "@/lib/server/users";

export const metadata: Metadata = {
  title: { default: "Glowplate", template: "%s · Glowplate" },
  description: "Plan a week of meals for your gut and skin, with a gut score that explains itself.",
  applicationName: "Glowplate",
  icons: { icon: "/icon.svg", apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f0faf3" },
    { media: "(prefers-color-scheme: dark)", color: "#0b2418" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: Next stamps the request's CSP nonce on its scripts only
  // then (proxy.ts), and a page prerendered at build time would carry scripts without one, which
  // the policy blocks. The session read below would do this too; this says so, and keeps it so.
  await connection();
  const userId = await getSessionUserId();
  const person = userId ? await getUserSummary(userId) : null;
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-leaf-800"
        >
          Skip to content
        </a>
        <SiteHeader user={person && { name: person.name, email: person.guestExpiresAt ? "Guest account" : person.email }} />
        {person?.guestExpiresAt && <GuestBanner deletion={guestDeletionLabel(person.guestExpiresAt, new Date())} />}
        <OfflineSupport userId={person?.id ?? null} />
        <main id="main" className="mx-auto w-full max-w-[100rem] px-4 py-6 sm:px-6 sm:py-10">
          {children}
        </main>
      </body>
    </html>
  );
}
