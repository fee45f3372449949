import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { WindowPolicy } from "@/lib/domain/throttle";
import { clientAddress } from "./client-address";
import { env } from "./env";
import { countAttempt } from "./limits";
import { getSessionContext } from "./session";
import { runAction, type ActionContext, type ActionResult, type HandlerAnswer } from "./action-core";

export type { ActionResult } from "./action-core";
export { answerWith, refusalAnswer } from "./action-core";

/** A per-address limit an action's calls count against, under `name` (shared by every action naming it). */
export interface AddressLimit {
  name: string;
  policy: WindowPolicy;
}

/**
 * The one wrapper every signed-in server action goes through: authenticate, parse the
 * input (FormData or a plain object) with zod, run, and return a typed result. With `limit`,
 * each call of a signed-in person also counts against that per-address limit before its input is
 * read (keeping a guest account shares sign-up's, so a guest is no way around it).
 */
export function authedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (input: z.output<Schema>, ctx: ActionContext) => Promise<HandlerAnswer<T>>,
  options: { limit?: AddressLimit } = {},
): (input: FormData | unknown) => Promise<ActionResult<T>> {
  const { limit } = options;
  return (input) =>
    runAction({
      getSession: getSessionContext,
      requireUser: true,
      ...(limit ? { limit: async () => countAttempt(`${limit.name}:address:${await requestAddress()}`, limit.policy) } : {}),
      schema,
      input,
      handler,
      name: handler.name,
    });
}

/** The caller's address as the limits see it (TRUST_PROXY, lib/server/client-address.ts). */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers(), env.TRUST_PROXY);
}

/**
 * For the few actions a signed-out visitor may call (sign-up, password reset). Every such
 * write is limited per client address under `limitName` before its input is even read.
 */
export function publicAction<Schema extends z.ZodType, T>(
  limitName: string,
  limit: WindowPolicy,
  schema: Schema,
  handler: (input: z.output<Schema>, ctx: { address: string }) => Promise<HandlerAnswer<T>>,
): (input: FormData | unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const address = await requestAddress();
    return runAction({
      getSession: async () => null,
      requireUser: false,
      limit: () => countAttempt(`${limitName}:address:${address}`, limit),
      schema,
      input,
      handler: (parsed) => handler(parsed, { address }),
      name: handler.name,
    });
  };
}
