import "server-only";
import { db } from "./db";
import { hashPassword } from "./password";
import { done, refused, type WriteResult } from "./result";
import type { SignUpInput } from "@/lib/validation/auth";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in instead.";

export async function createUser(input: SignUpInput): Promise<WriteResult<{ userId: string }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, preferences: { create: {} } },
      select: { id: true },
    });
    return done({ userId: user.id });
  } catch (error) {
    // The unique index on email decides races between two sign-ups (or a double submit).
    if (isUniqueViolation(error)) return refused("conflict", EMAIL_TAKEN_MESSAGE, { email: [EMAIL_TAKEN_MESSAGE] });
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
