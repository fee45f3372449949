-- AlterTable
ALTER TABLE "ShoppingList" ADD COLUMN "changes" TEXT;
ALTER TABLE "ShoppingList" ADD COLUMN "fromDate" TEXT;
ALTER TABLE "ShoppingList" ADD COLUMN "toDate" TEXT;
