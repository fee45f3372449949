"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_URL, SHOPPING_PAGES_CACHE } from "@/worker/contract";
import { hasQueuedTicks } from "./storage-keys";

const SEND_AT_LOAD_DELAY_MS = 2_000;

/**
 * On every page (the root layout): registers the service worker in production builds, sends
 * ticks queued offline once the phone is online again, and drops the kept shopping lists as soon
 * as a page is shown to someone signed out. Renders nothing.
 */
export function OfflineSupport({ userId }: { userId: string | null }) {
  useEffect(() => {
    // `next dev` rebuilds pages all the time; a worker serving kept copies would only confuse.
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch(() => {
      // Not allowed here (a private window, an insecure origin): the app works online as before.
    });
  }, []);

  useEffect(() => {
    if (!userId) {
      if (typeof caches !== "undefined") void caches.delete(SHOPPING_PAGES_CACHE).catch(() => false);
      return;
    }
    const send = () => {
      // The queue module (and its action) loads only when something waits: every page carries this.
      if (navigator.onLine && hasQueuedTicks(userId)) void import("./tick-queue").then(({ flushQueue }) => flushQueue(userId));
    };
    // At load, once the page has settled: the first moments belong to showing it, and a freshly
    // loaded document may not know yet that there is no network (navigator.onLine can say true
    // for a moment).
    const atLoad = window.setTimeout(send, SEND_AT_LOAD_DELAY_MS);
    window.addEventListener("online", send);
    return () => {
      window.clearTimeout(atLoad);
      window.removeEventListener("online", send);
    };
  }, [userId]);

  return null;
}
