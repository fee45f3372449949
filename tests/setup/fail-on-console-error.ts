import { afterEach, vi } from "vitest";

// CONVENTIONS.md: console.error during a test fails it, unless the test expects it
// (a test that does can spy on console.error itself, which replaces this spy).
let errorSpy = vi.spyOn(console, "error");

afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockClear();
  if (calls.length > 0 && vi.isMockFunction(console.error) && console.error === errorSpy) {
    throw new Error(`console.error was called during the test:\n${calls.map((c) => c.join(" ")).join("\n")}`);
  }
  errorSpy = vi.spyOn(console, "error");
});
