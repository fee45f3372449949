-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ShoppingItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listId" TEXT NOT NULL,
    "foodId" TEXT,
    "name" TEXT NOT NULL,
    "aisle" TEXT NOT NULL,
    "grams" REAL,
    "ml" REAL,
    "count" REAL,
    "quantity" TEXT,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "checked" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ShoppingItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ShoppingList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShoppingItem_foodId_fkey" FOREIGN KEY ("foodId") REFERENCES "Food" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ShoppingItem" ("aisle", "checked", "count", "createdAt", "foodId", "grams", "id", "listId", "manual", "ml", "name", "position", "quantity") SELECT "aisle", "checked", "count", "createdAt", "foodId", "grams", "id", "listId", "manual", "ml", "name", "position", "quantity" FROM "ShoppingItem";
DROP TABLE "ShoppingItem";
ALTER TABLE "new_ShoppingItem" RENAME TO "ShoppingItem";
CREATE INDEX "ShoppingItem_listId_idx" ON "ShoppingItem"("listId");
CREATE UNIQUE INDEX "ShoppingItem_listId_foodId_key" ON "ShoppingItem"("listId", "foodId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
