// A fresh key for one add, so that a repeated submit of the same add is recognised.
// crypto.randomUUID exists only in secure contexts (HTTPS or localhost); a self-hosted
// Glowplate opened as http://192.168.x.y has no randomUUID, and adding would throw. The
// fallback uses getRandomValues, which every context has.
export function newClientKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
