import { describe, expect, it } from "vitest";
import { judgeNewPassword } from "@/lib/server/password-policy";

// The strength check behind sign-up, change and reset (NIST SP 800-63B-4: refuse values known
// to be common or guessable, say why).
describe("judgeNewPassword", () => {
  it.each(["password123456789", "iloveyou12345678", "qwertyuiopasdfgh", "aaaaaaaaaaaaaaaa", "123456789012345678", "passwordpassword"])(
    "refuses the common or patterned %s, saying why",
    (password) => {
      const verdict = judgeNewPassword(password, []);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.message).toMatch(/\. Try three or four unrelated words instead\.$/);
    },
  );

  it("refuses a password made of the person's own name and email", () => {
    expect(judgeNewPassword("ada.lovelace@example.com", ["Ada Lovelace", "ada.lovelace@example.com"])).toEqual({
      ok: false,
      message: "Your name, your email or the app's name are easy to guess. Try three or four unrelated words instead.",
    });
  });

  it.each(["kale and kimchi on tuesdays", "correct horse battery staple", "e2e password that is long"])(
    "accepts the passphrase %s",
    (password) => {
      expect(judgeNewPassword(password, ["Ada Lovelace", "ada@example.com"])).toEqual({ ok: true });
    },
  );
});
