import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Invite and password-reset links carry a random token; only its SHA-256 is stored, so a copy
// of the database does not hold working links.
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
