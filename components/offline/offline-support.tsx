"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_URL } from "@/worker/contract";
import { flushQueue, forgetKeptLists, readQueue } from "./tick-queue";

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
      void forgetKeptLists();
      return;
    }
    const send = () => {
      if (navigator.onLine && readQueue(userId).length > 0) void flushQueue(userId);
    };
    send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, [userId]);

  return null;
}
