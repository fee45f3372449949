"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Renders its children only in the browser. For charts: recharts' ResponsiveContainer measures
 * its box, which the server cannot, so server-rendering a chart draws nothing and still runs the
 * whole chart (its store, axes, scales) on every request. The box keeps its size either way.
 */
export function ClientOnly({ children }: { children: React.ReactNode }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? children : null;
}
