-- CreateTable
CREATE TABLE "WeeklyScore" (
    "userId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "totalPoints" REAL,
    "plannedDayCount" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "week"),
    CONSTRAINT "WeeklyScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
