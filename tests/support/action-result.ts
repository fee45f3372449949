import type { ActionResult } from "@/lib/server/action";

/** The data of an action's answer; throws, showing the answer, when the action refused. */
export function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`The action refused: ${JSON.stringify(result)}`);
  return result.data;
}
