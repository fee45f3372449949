import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";

// A person as sign-up leaves them: a user row with default preferences and a hash of their
// password, made by the production hashPassword at the production cost. The row is written here
// rather than through createUser because each hash takes about a second on a busy machine and a
// test file makes dozens of people: each distinct password is hashed once per test file and the
// hash shared, as the e2e fixtures do. Sign-up itself (createUser, signUpAction, its audit line)
// is tested in auth-and-preferences.test.ts and security.test.ts.
const hashes = new Map<string, Promise<string>>();

function hashOf(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function makeUser(overrides: { name?: string; email?: string; password?: string } = {}) {
  const email = overrides.email ?? `person-${randomUUID()}@example.com`;
  const password = overrides.password ?? "a long enough password";
  const user = await db.user.create({
    data: { name: overrides.name ?? "Test Person", email, passwordHash: await hashOf(password), preferences: { create: {} } },
    select: { id: true },
  });
  return { id: user.id, email, password };
}
