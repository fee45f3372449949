-- AlterTable
ALTER TABLE "ShoppingList" ADD COLUMN     "changes" TEXT,
ADD COLUMN     "fromDate" TEXT,
ADD COLUMN     "toDate" TEXT;
