// The walls between the layers are lint rules (eslint.config.mjs); these tests lint small
// files placed where a newcomer might put them and check the linter refuses each crossing,
// and lets the allowed imports through.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(".") });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const useDb = `import { db } from "@/lib/server/db";\nexport const count = () => db.user.count();\n`;

describe("the layer walls", () => {
  it("refuse a shared component that imports server code, even a type", async () => {
    expect(await problems("components/example-card.tsx", useDb)).toEqual([expect.stringContaining("no-restricted-imports")]);
    const typeOnly = `import type { PreferencesView } from "@/lib/server/preferences";\nexport type P = PreferencesView;\n`;
    expect(await problems("components/example-card.tsx", typeOnly)).toEqual([expect.stringContaining("no-restricted-imports")]);
  });

  it("refuse a client component under app/ that imports server code, and let it call server actions", async () => {
    const client = `"use client";\nimport { getPreferencesForUser } from "@/lib/server/preferences";\nexport const f = getPreferencesForUser;\n`;
    expect(await problems("app/plan/[week]/_components/example.tsx", client)).toEqual([
      expect.stringContaining("glowplate/client-component-wall"),
    ]);
    const callsAction = `"use client";\nimport { addPlanItemsAction } from "../../actions";\nexport const f = addPlanItemsAction;\n`;
    expect(await problems("app/plan/[week]/_components/example.tsx", callsAction)).toEqual([]);
  });

  it("refuse a page that queries Prisma, and let it call the data layer", async () => {
    expect(await problems("app/example/page.tsx", useDb)).toEqual([expect.stringContaining("no-restricted-imports")]);
    const dataLayer = `import { getPreferencesForUser } from "@/lib/server/preferences";\nexport const f = getPreferencesForUser;\n`;
    expect(await problems("app/example/page.tsx", dataLayer)).toEqual([]);
  });

  it("keep lib/domain free of frameworks and of lib/server", async () => {
    expect(await problems("lib/domain/example.ts", `import { cache } from "react";\nexport const c = cache;\n`)).toEqual([
      expect.stringContaining("no-restricted-imports"),
    ]);
    expect(await problems("lib/domain/example.ts", useDb)).toEqual([expect.stringContaining("no-restricted-imports")]);
  });
});
