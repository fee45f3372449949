import { defineConfig } from "vitest/config";
import path from "node:path";

const root = import.meta.dirname;

const alias = {
  "@": path.resolve(root, "."),
  // `server-only` throws outside React's server build; tests import lib/server directly.
  "server-only": path.resolve(root, "tests/setup/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        resolve: {
          alias: {
            ...alias,
            // Server actions run here as the real exports of app/**/actions.ts, in a request a test
            // opens (tests/support): cookies and headers come from that request, and revalidations
            // are recorded instead of reaching a server's cache.
            "next/headers": path.resolve(root, "tests/support/next-headers.ts"),
            "next/cache": path.resolve(root, "tests/support/next-cache.ts"),
          },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Migrations run once into a template database; every test file gets its own copy.
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-db.ts", "tests/setup/next-request.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
