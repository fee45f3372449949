import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/server/users";

export async function makeUser(overrides: { name?: string; email?: string; password?: string } = {}) {
  const email = overrides.email ?? `person-${randomUUID()}@example.com`;
  const password = overrides.password ?? "a long enough password";
  const result = await createUser({ name: overrides.name ?? "Test Person", email, password });
  if (!result.ok) throw new Error(`could not create ${email}`);
  return { id: result.data.userId, email, password };
}
