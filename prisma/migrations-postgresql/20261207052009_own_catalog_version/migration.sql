-- AlterTable
ALTER TABLE "User" ADD COLUMN     "ownCatalogVersion" INTEGER NOT NULL DEFAULT 0;

-- People who already have own foods or recipes start at 1: 0 promises there are none
-- (lib/server/user-catalog.ts reads it that way and skips the query).
UPDATE "User" SET "ownCatalogVersion" = 1
WHERE "id" IN (SELECT "ownerId" FROM "Food" WHERE "ownerId" IS NOT NULL)
   OR "id" IN (SELECT "ownerId" FROM "Recipe" WHERE "ownerId" IS NOT NULL);
