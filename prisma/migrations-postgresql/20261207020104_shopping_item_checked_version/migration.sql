-- AlterTable
ALTER TABLE "ShoppingItem" ADD COLUMN     "checkedVersion" INTEGER NOT NULL DEFAULT 0;
