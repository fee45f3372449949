// The credentials sign-in itself (next-auth's authorize, as configured in lib/server/auth.ts)
// against a real database: the right password signs in, a wrong one and an unknown email
// answer the same, and an unknown email costs the same scrypt time, so the response time
// does not reveal which emails have accounts.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/server/auth";
import { makeUser } from "../factories/users";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;

function authorize(): Authorize {
  const provider = authOptions.providers[0] as unknown as { options?: { authorize?: Authorize } };
  const fn = provider.options?.authorize;
  if (!fn) throw new Error("the credentials provider has no authorize function");
  return fn;
}

async function timed(email: string, password: string, address: string) {
  const started = performance.now();
  const user = await authorize()({ email, password }, { headers: { "x-forwarded-for": address } });
  return { user, ms: performance.now() - started };
}

describe("signing in with email and password", () => {
  it("lets the right password in and answers a wrong password and an unknown email alike", async () => {
    const person = await makeUser();
    expect((await timed(person.email, person.password, "192.0.2.1")).user?.id).toBe(person.id);
    expect((await timed(person.email, "a wrong password", "192.0.2.2")).user).toBeNull();
    expect((await timed(`nobody-${person.id}@example.com`, person.password, "192.0.2.3")).user).toBeNull();
  });

  it("takes about as long for an unknown email as for a known one with a wrong password", async () => {
    const person = await makeUser();
    const known: number[] = [];
    const unknown: number[] = [];
    // Alternate, so that a busy moment on the machine falls on both sides.
    for (let i = 0; i < 3; i++) {
      known.push((await timed(person.email, `wrong password ${i}`, `198.51.100.${i}`)).ms);
      unknown.push((await timed(`nobody-${i}-${person.id}@example.com`, `wrong password ${i}`, `203.0.113.${i}`)).ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    // Without the dummy verification an unknown email answers in about 1 ms against several
    // hundred for a real scrypt check; with it, the two are within a factor of two.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeLessThan(median(known) * 2);
  });
});
