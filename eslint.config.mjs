// Flat config (Next 16 removed `next lint`): typescript-eslint's recommended rules plus the
// React hooks rules, over everything we write, and the walls between the layers
// (docs/architecture.md): each wall is a rule here, so crossing one fails `npm run lint`.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/** Server-only code: the data layer, the Prisma client and its generated types. */
const SERVER_MODULES = [
  "@/lib/server",
  "@/lib/server/*",
  "**/lib/server/**",
  "@/generated/*",
  "**/generated/**",
  "@prisma/*",
  "server-only",
];
const SERVER_MESSAGE =
  "UI code gets its data from its page as plain props; only pages, layouts, route handlers and actions call lib/server.";

/** The Prisma client itself: only lib/server touches the database. */
const DATABASE_MODULES = ["@/lib/server/db", "@/lib/server/prisma-client", "@/generated/*", "**/generated/**", "@prisma/*"];
const DATABASE_MESSAGE = "Routes reach the database through a lib/server function that names the person, never through Prisma.";

/**
 * A client component ("use client" at the top) runs in the browser: it may call server actions
 * (imported from an actions.ts) but never import server modules. ESLint's own no-restricted-imports
 * cannot tell a client file from a server one, so this small rule reads the directive.
 */
const clientComponentWall = {
  meta: { type: "problem", schema: [], messages: { server: "A client component cannot import {{source}}: {{why}}" } },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((node, index) => index < 3 && node.type === "ExpressionStatement" && node.directive === "use client");
    if (!isClient) return {};
    const forbidden = (source) =>
      source === "server-only" ||
      source.startsWith("@prisma/") ||
      /(^|\/)generated\//.test(source) ||
      /(^|\/)lib\/server(\/|$)/.test(source);
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (forbidden(source)) context.report({ node, messageId: "server", data: { source, why: SERVER_MESSAGE } });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "generated/", "data/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, glowplate: { rules: { "client-component-wall": clientComponentWall } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "glowplate/client-component-wall": "error",
    },
  },
  {
    // Playwright fixtures call their parameter `use`, which is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Shared UI gets everything from its page: no server code, type imports included.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: SERVER_MODULES, message: SERVER_MESSAGE }] }],
    },
  },
  {
    // Pages, layouts, route handlers and actions call lib/server functions, never Prisma.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: DATABASE_MODULES, message: DATABASE_MESSAGE }] }],
    },
  },
  {
    // The domain stays pure: no framework, database or file-system imports (CONVENTIONS.md).
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/generated/*", "node:*", "fs", "path"],
              message: "lib/domain is pure TypeScript.",
            },
            {
              group: ["@/lib/server", "@/lib/server/*", "../server/*", "**/lib/server/**"],
              message: "lib/domain never imports lib/server.",
            },
          ],
        },
      ],
    },
  },
  {
    // Shared schemas are read by client forms too: zod and the domain's types only.
    files: ["lib/validation/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: SERVER_MODULES, message: "lib/validation is shared with the browser." }] }],
    },
  },
);
