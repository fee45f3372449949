import "server-only";
import { createPrismaClient, tuneSqlite, type Db } from "./prisma-client";
import { env } from "./env";

// One client per process; `globalThis` keeps it across hot reloads in development.
const globalForDb = globalThis as unknown as { glowplateDb?: Db; glowplateDbReady?: Promise<void> };

export const db: Db = globalForDb.glowplateDb ?? createPrismaClient(env.DATABASE_URL);
globalForDb.glowplateDb = db;
globalForDb.glowplateDbReady ??= tuneSqlite(db);

export const dbReady: Promise<void> = globalForDb.glowplateDbReady;
