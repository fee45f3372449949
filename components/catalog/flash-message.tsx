"use client";

import { useEffect, useState } from "react";
import { FLASH_PARAMS } from "./flash";

/**
 * Shows a page's one-time confirmation (flash.ts) in a polite live region. The region is on
 * the page before the text goes in, as screen readers announce changes to a live region, not
 * a region that arrives with its text. Then the parameter leaves the URL through
 * history.replaceState, which Next's router follows without fetching the page again
 * (https://nextjs.org/docs/app/getting-started/linking-and-navigating#native-history-api).
 * Empty, it takes no space, so pages can keep it in their heading block.
 */
export function FlashMessage({ text }: { text: string | null }) {
  const [shown, setShown] = useState<string | null>(null);

  useEffect(() => {
    if (text === null) return;
    const frame = requestAnimationFrame(() => {
      setShown(text);
      const url = new URL(window.location.href);
      for (const param of FLASH_PARAMS) url.searchParams.delete(param);
      window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
    });
    return () => cancelAnimationFrame(frame);
  }, [text]);

  return (
    <div
      role="status"
      className={
        shown
          ? "mt-4 rounded-md border border-leaf-300 bg-leaf-50 px-4 py-3 text-sm text-leaf-900 dark:border-leaf-700 dark:bg-leaf-950 dark:text-leaf-100"
          : ""
      }
    >
      {shown}
    </div>
  );
}
