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
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Migrations run once into a template database; every test file gets its own copy.
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-db.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
