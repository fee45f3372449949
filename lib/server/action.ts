import "server-only";
import type { z } from "zod";
import { getSessionUserId } from "./session";
import { runAction, type ActionResult, type HandlerAnswer } from "./action-core";

export type { ActionResult } from "./action-core";
export { answerWith, refusalAnswer } from "./action-core";

/**
 * The one wrapper every signed-in server action goes through: authenticate, parse the
 * input (FormData or a plain object) with zod, run, and return a typed result.
 */
export function authedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (input: z.output<Schema>, ctx: { userId: string }) => Promise<HandlerAnswer<T>>,
): (input: FormData | unknown) => Promise<ActionResult<T>> {
  return (input) => runAction({ getUserId: getSessionUserId, requireUser: true, schema, input, handler, name: handler.name });
}

/** For the few actions a signed-out visitor may call (sign-up). */
export function publicAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<HandlerAnswer<T>>,
): (input: FormData | unknown) => Promise<ActionResult<T>> {
  return (input) =>
    runAction({
      getUserId: async () => null,
      requireUser: false,
      schema,
      input,
      handler: (parsed) => handler(parsed),
      name: handler.name,
    });
}
