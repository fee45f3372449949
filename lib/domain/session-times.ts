// How the list of signed-in devices words its times. lastSeenAt is written at most every five
// minutes (lib/server/sessions.ts), so anything within that reads "Active now".

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export function lastActiveLabel(lastSeenAt: Date, now: Date): string {
  const ago = Math.max(0, now.getTime() - lastSeenAt.getTime());
  if (ago < 5 * MINUTE_MS) return "Active now";
  if (ago < HOUR_MS) return `Active ${plural(Math.floor(ago / MINUTE_MS), "minute")} ago`;
  if (ago < DAY_MS) return `Active ${plural(Math.floor(ago / HOUR_MS), "hour")} ago`;
  return `Active ${plural(Math.floor(ago / DAY_MS), "day")} ago`;
}

export function signedInLabel(createdAt: Date): string {
  return `Signed in ${createdAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}`;
}
