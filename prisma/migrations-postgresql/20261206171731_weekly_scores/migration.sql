-- CreateTable
CREATE TABLE "WeeklyScore" (
    "userId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "totalPoints" DOUBLE PRECISION,
    "plannedDayCount" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeeklyScore_pkey" PRIMARY KEY ("userId","week")
);

-- AddForeignKey
ALTER TABLE "WeeklyScore" ADD CONSTRAINT "WeeklyScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
