-- AlterTable
ALTER TABLE "Preferences" ADD COLUMN     "activityLevel" TEXT,
ADD COLUMN     "ageYears" INTEGER,
ADD COLUMN     "energyTargetKcal" INTEGER,
ADD COLUMN     "heightCm" DOUBLE PRECISION,
ADD COLUMN     "sex" TEXT,
ADD COLUMN     "skinFocus" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "weightKg" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Food" ADD COLUMN     "glycaemicLevel" TEXT;
