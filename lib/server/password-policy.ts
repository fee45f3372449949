import "server-only";
// Which new passwords Glowplate accepts (sign-up, change, reset), after NIST SP 800-63B-4
// §3.1.1.2: at least 15 characters (passwords here are the only factor), up to 128 (it asks
// that at least 64 be allowed), any characters including spaces, no composition rules, and a
// check against values known to be common or guessable. The check is zxcvbn-ts (its common-
// password list, English words and names, keyboard patterns, dates, repeats and l33t), with the
// person's own name and email counted as known words. Decision record 012.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { BUSY_MESSAGE, HashingBusyError, hashPassword } from "./password";
import { done, refused, type WriteResult } from "./result";

/** zxcvbn's 0-4 scale; 3 is "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

// Building the dictionaries takes about half a second; once per process, on first use.
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      ...english.translations,
      // zxcvbn's own wording for this one is about web pages; ours is about the person.
      warnings: { ...english.translations.warnings, userInputs: "Your name, your email or the app's name are easy to guess." },
    },
  });
  return checker;
}

export type PasswordVerdict = { ok: true } | { ok: false; message: string };

/** `knownWords`: what an attacker knows about the person (name, email), and the app's name. */
export function judgeNewPassword(password: string, knownWords: string[]): PasswordVerdict {
  // Whole values and their parts: "ada.lovelace@example.com", "ada.lovelace", "ada", "lovelace"…
  const words = knownWords
    .map((word) => word.toLowerCase().trim())
    .flatMap((word) => [word, word.split("@")[0] ?? "", ...word.split(/[\s@._+-]+/)])
    .filter((word) => word.length >= 3)
    .concat(["glowplate"]);
  const result = zxcvbn().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  const why = result.feedback.warning ?? "This password would be easy to guess.";
  return { ok: false, message: `${why} Try three or four unrelated words instead.` };
}

/**
 * A new password judged, then hashed: the hash, or the refusal to answer with (the verdict's
 * message on `field`, or "busy" when too many hashes are already waiting). Sign-up, keeping a
 * guest account, changing and resetting a password all set a password through here.
 */
export async function hashNewPassword(password: string, knownWords: string[], field: string): Promise<WriteResult<string>> {
  const verdict = judgeNewPassword(password, knownWords);
  if (!verdict.ok) return refused("invalid", verdict.message, { [field]: [verdict.message] });
  try {
    return done(await hashPassword(password));
  } catch (error) {
    if (error instanceof HashingBusyError) return refused("conflict", BUSY_MESSAGE);
    throw error;
  }
}
