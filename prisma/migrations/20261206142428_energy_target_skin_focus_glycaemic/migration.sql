-- AlterTable
ALTER TABLE "Food" ADD COLUMN "glycaemicLevel" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Preferences" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "diet" TEXT NOT NULL DEFAULT 'omnivore',
    "units" TEXT NOT NULL DEFAULT 'metric',
    "householdSize" INTEGER NOT NULL DEFAULT 1,
    "waterTargetMl" INTEGER NOT NULL DEFAULT 1600,
    "calmTargetMin" INTEGER NOT NULL DEFAULT 10,
    "weekStartDay" INTEGER NOT NULL DEFAULT 1,
    "sex" TEXT,
    "ageYears" INTEGER,
    "heightCm" REAL,
    "weightKg" REAL,
    "activityLevel" TEXT,
    "energyTargetKcal" INTEGER,
    "skinFocus" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Preferences_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Preferences" ("calmTargetMin", "diet", "householdSize", "units", "updatedAt", "userId", "waterTargetMl", "weekStartDay") SELECT "calmTargetMin", "diet", "householdSize", "units", "updatedAt", "userId", "waterTargetMl", "weekStartDay" FROM "Preferences";
DROP TABLE "Preferences";
ALTER TABLE "new_Preferences" RENAME TO "Preferences";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
