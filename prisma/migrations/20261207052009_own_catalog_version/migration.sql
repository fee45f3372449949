-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "image" TEXT,
    "passwordHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "guestExpiresAt" DATETIME,
    "guestKeyHash" TEXT,
    "ownCatalogVersion" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_User" ("createdAt", "email", "emailVerified", "guestExpiresAt", "guestKeyHash", "id", "image", "name", "passwordHash", "updatedAt") SELECT "createdAt", "email", "emailVerified", "guestExpiresAt", "guestKeyHash", "id", "image", "name", "passwordHash", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_guestKeyHash_key" ON "User"("guestKeyHash");
CREATE INDEX "User_guestExpiresAt_idx" ON "User"("guestExpiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- People who already have own foods or recipes start at 1: 0 promises there are none
-- (lib/server/user-catalog.ts reads it that way and skips the query).
UPDATE "User" SET "ownCatalogVersion" = 1
WHERE "id" IN (SELECT "ownerId" FROM "Food" WHERE "ownerId" IS NOT NULL)
   OR "id" IN (SELECT "ownerId" FROM "Recipe" WHERE "ownerId" IS NOT NULL);
