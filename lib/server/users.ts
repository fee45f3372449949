import "server-only";
import { db } from "./db";
import { hashPassword } from "./password";
import type { SignUpInput } from "@/lib/validation/auth";

export type CreateUserResult = { ok: true; userId: string } | { ok: false; reason: "email-taken" };

export async function createUser(input: SignUpInput): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, preferences: { create: {} } },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index on email decides races between two sign-ups (or a double submit).
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

/** The only query that reads a password hash, for sign-in. */
export async function findCredentialsByEmail(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
}

export async function getUserSummary(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
