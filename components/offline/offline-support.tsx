"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_URL, SHOPPING_PAGES_CACHE } from "@/worker/contract";
import { hasQueuedTicks } from "./storage-keys";

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
    send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, [userId]);

  return null;
}
