// The logic of the server-action wrapper, free of Next.js imports so that it can be tested
// against a real database without a request. lib/server/action.ts binds it to the session.
import type { z } from "zod";

import type { ActionResult } from "@/lib/validation/action-result";

import { DATABASE_BUSY, isDatabaseBusy } from "./database-errors";
import type { Refusal, WriteResult } from "./result";

export type { ActionResult } from "@/lib/validation/action-result";

export const NOT_SIGNED_IN = "Please sign in again: your session has ended.";
export const UNEXPECTED = "Something went wrong on our side. Nothing was changed; please try again.";

/**
 * What an action's handler returns. A data-layer refusal (which carries `reason`) would pass
 * for an ActionResult without a message, so the type refuses it: handlers answer refusals
 * through refusalAnswer or answerWith.
 */
export type HandlerAnswer<T> = ActionResult<T> & { reason?: never };

/** Who is calling: the signed-in person and the session row of their browser. */
export interface ActionContext {
  userId: string;
  sessionId: string;
}

interface RunActionOptions<Schema extends z.ZodType, T> {
  getSession: () => Promise<ActionContext | null>;
  requireUser: boolean;
  /** For signed-out writes: counts the attempt against the caller's limit first. */
  limit?: () => Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  schema: Schema;
  input: unknown;
  handler: (input: z.output<Schema>, ctx: ActionContext) => Promise<HandlerAnswer<T>>;
  name: string;
}

export function tooManyAttempts(retryAfterSeconds: number): string {
  return `Too many attempts from your network. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

function toPlainObject(input: unknown): unknown {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
    for (const [key, value] of input.entries()) {
      // Next adds $ACTION_* fields to progressively enhanced forms.
      if (key.startsWith("$ACTION")) continue;
      const existing = object[key];
      object[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return object;
  }
  return input;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export async function runAction<Schema extends z.ZodType, T>(options: RunActionOptions<Schema, T>): Promise<ActionResult<T>> {
  try {
    const session = await options.getSession();
    if (options.requireUser && !session) return { ok: false, formError: NOT_SIGNED_IN };
    if (options.limit) {
      const decision = await options.limit();
      if (!decision.allowed) return { ok: false, formError: tooManyAttempts(decision.retryAfterSeconds), code: "rate-limited" };
    }
    const parsed = options.schema.safeParse(toPlainObject(options.input));
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const formError = fieldErrors._form?.[0] ?? "Please correct the highlighted fields.";
      return { ok: false, formError, fieldErrors };
    }
    return await options.handler(parsed.data, session ?? { userId: "", sessionId: "" });
  } catch (error) {
    // Next's redirect()/notFound() travel as errors and must pass through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
      throw error;
    }
    // Another process held the database past the busy timeout: expected under load or during a
    // backup, not a fault of ours, and the person can simply retry.
    if (isDatabaseBusy(error)) {
      console.warn(`[action ${options.name || "anonymous"}] the database was busy`);
      return { ok: false, formError: DATABASE_BUSY, code: "busy" };
    }
    console.error(`[action ${options.name || "anonymous"}] failed`, error);
    return { ok: false, formError: UNEXPECTED };
  }
}

/** The action's answer to a refused write: its message at the top, its field errors by the fields. */
export function refusalAnswer(refusal: Refusal): ActionResult<never> {
  return {
    ok: false,
    formError: refusal.message,
    ...(refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {}),
    ...(refusal.reason === "invalid" ? {} : { code: refusal.reason }),
  };
}

/** The one way an action answers a data-layer write: a refusal as above, or `onDone`'s data. */
export async function answerWith<T, U>(result: WriteResult<T>, onDone: (data: T) => U | Promise<U>): Promise<ActionResult<U>> {
  if (!result.ok) return refusalAnswer(result);
  return { ok: true, data: await onDone(result.data) };
}
