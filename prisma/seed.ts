// `npm run db:seed`: loads the built-in catalog, and the demo account when
// GLOWPLATE_SEED_DEMO=1 (the embedded start script sets it; production never does unless asked).
import path from "node:path";
import { loadEnv } from "../scripts/load-env.mjs";
import { hashPassword } from "../lib/server/password";
import { createPrismaClient } from "../lib/server/prisma-client";
import { readCatalogFiles, seedCatalog } from "./seed-catalog";
import { seedDemoWeeks } from "./seed-demo";

export const DEMO_EMAIL = "demo@glowplate.app";
export const DEMO_PASSWORD = "glowplate-demo";

async function main() {
  loadEnv(path.resolve(import.meta.dirname, ".."));
  const db = createPrismaClient(process.env.DATABASE_URL as string);
  try {
    const result = await seedCatalog(db, readCatalogFiles(path.resolve(import.meta.dirname, "catalog")));
    console.log(`Catalog: ${result.foodsWritten} foods and ${result.recipesWritten} recipes written, ${result.unchanged} already current.`);
    if (process.env.GLOWPLATE_SEED_DEMO === "1") {
      const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
      if (!existing) {
        const demo = await db.user.create({
          data: {
            name: "Demo Person",
            email: DEMO_EMAIL,
            passwordHash: await hashPassword(DEMO_PASSWORD),
            preferences: { create: {} },
          },
          select: { id: true },
        });
        const weeks = await seedDemoWeeks(db, demo.id);
        console.log(`Demo account created: ${DEMO_EMAIL} / ${DEMO_PASSWORD}, with ${weeks.weeks} planned weeks (${weeks.items} meals)`);
      } else {
        console.log(`Demo account present: ${DEMO_EMAIL}`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
