"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useEffect, useId, useRef, useState } from "react";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();

  return (
    <div ref={wrapper} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full py-1 pr-3 pl-1 text-sm font-medium hover:bg-leaf-50 dark:hover:bg-leaf-950"
      >
        <span aria-hidden className="grid size-8 place-items-center rounded-full bg-leaf-700 text-xs font-semibold text-white">
          {initials || "?"}
        </span>
        <span className="max-w-32 truncate">{name}</span>
        <span className="sr-only">account menu</span>
      </button>
      {open && (
        <div
          id={menuId}
          className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-stone-200 bg-white p-2 shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          <p className="px-3 py-2 text-sm">
            <span className="block font-medium">{name}</span>
            <span className="block truncate text-stone-500 dark:text-stone-400">{email}</span>
          </p>
          <Link
            href="/settings"
            onClick={() => setOpen(false)}
            className="block rounded-md px-3 py-2 text-sm hover:bg-leaf-50 dark:hover:bg-leaf-950"
          >
            Settings
          </Link>
          <button
            type="button"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              // Nothing of this person stays on the phone once signed out (tick-queue.ts).
              void import("./offline/tick-queue")
                .then(({ clearOfflineData }) => clearOfflineData())
                .finally(() => signOut({ callbackUrl: "/sign-in" }));
            }}
            className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-leaf-50 disabled:opacity-60 dark:hover:bg-leaf-950"
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      )}
    </div>
  );
}
