import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";
import { preferencesFormSchema } from "@/lib/validation/preferences";
import { signInMessage } from "@/app/sign-in/sign-in-message";

const validPreferences = {
  diet: "omnivore",
  units: "metric",
  householdSize: "2",
  waterTarget: "2",
  calmTargetMin: "10",
  weekStartDay: "1",
  excludedFoods: "",
};

describe("sign-up validation", () => {
  it("normalises the email and demands a long enough password with a clear message", () => {
    const ok = signUpSchema.safeParse({ name: " Ada ", email: " Ada@Example.COM ", password: "0123456789" });
    expect(ok.success && ok.data).toEqual({ name: "Ada", email: "ada@example.com", password: "0123456789" });
    const short = signUpSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "short" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Use at least 10 characters for your password.");
    const badEmail = signUpSchema.safeParse({ name: "Ada", email: "ada@", password: "0123456789" });
    expect(badEmail.error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.com.");
  });
});

describe("preferences validation", () => {
  it("stores water in millilitres from litres or US fl oz", () => {
    expect(preferencesFormSchema.parse(validPreferences).waterTargetMl).toBe(2000);
    expect(preferencesFormSchema.parse({ ...validPreferences, units: "us", waterTarget: "64" }).waterTargetMl).toBe(1893);
  });

  it("refuses water targets outside 0.5 to 6 litres with a message in the person's units", () => {
    const metric = preferencesFormSchema.safeParse({ ...validPreferences, waterTarget: "9" });
    expect(metric.error?.issues[0]).toMatchObject({ path: ["waterTarget"], message: "Daily water target must be between 0.5 and 6 litres." });
    const us = preferencesFormSchema.safeParse({ ...validPreferences, units: "us", waterTarget: "5" });
    expect(us.error?.issues[0]?.message).toBe("Daily water target must be between 17 and 202 fl oz.");
  });

  it("turns the excluded foods text into unique lower-case terms", () => {
    const parsed = preferencesFormSchema.parse({ ...validPreferences, excludedFoods: "Peanuts,  ,mushrooms\nPEANUTS" });
    expect(parsed.excludedTerms).toEqual(["peanuts", "mushrooms"]);
  });

  it("refuses fractional household sizes and unknown diets", () => {
    const result = preferencesFormSchema.safeParse({ ...validPreferences, householdSize: "1.5", diet: "keto" });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Household size must be a whole number.");
    expect(messages).toContain("Choose a diet from the list.");
  });
});

describe("sign-in messages", () => {
  it("say the same for a wrong email and a wrong password, and how long to wait when limited", () => {
    expect(signInMessage("CredentialsSignin")).toBe("Email or password is incorrect.");
    expect(signInMessage("rate-limited:42")).toBe("Too many sign-in attempts. Try again in 42 seconds.");
    expect(signInMessage("rate-limited:1")).toBe("Too many sign-in attempts. Try again in 1 second.");
  });
});
