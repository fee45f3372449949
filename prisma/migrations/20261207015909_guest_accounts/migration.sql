-- AlterTable
ALTER TABLE "User" ADD COLUMN "guestExpiresAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "guestKeyHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_guestKeyHash_key" ON "User"("guestKeyHash");

-- CreateIndex
CREATE INDEX "User_guestExpiresAt_idx" ON "User"("guestExpiresAt");
