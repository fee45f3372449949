// Stands in for `next/cache` in the integration tests (aliased in vitest.config.mts). Next's
// revalidatePath() and revalidateTag() need a running server's cache and throw without one;
// here each call is recorded, so a test can assert what an action revalidated.
// tests/setup/next-request.ts forgets the record before each test.

export interface Revalidation {
  path?: string;
  tag?: string;
  type?: "layout" | "page";
}

const recorded: Revalidation[] = [];

export function revalidatePath(path: string, type?: "layout" | "page"): void {
  recorded.push(type === undefined ? { path } : { path, type });
}

export function revalidateTag(tag: string): void {
  recorded.push({ tag });
}

/** Everything revalidated since the test began, in order. */
export function revalidations(): Revalidation[] {
  return [...recorded];
}

/** The paths revalidated since the test began, in order. */
export function revalidatedPaths(): string[] {
  return recorded.flatMap((entry) => (entry.path === undefined ? [] : [entry.path]));
}

export function forgetRevalidations(): void {
  recorded.length = 0;
}
