import path from "node:path";
import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file; migrations run through scripts/db.mjs.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
});
