import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";
import { env } from "./env";

// One client per process; `globalThis` keeps it across hot reloads in development.
const globalForDb = globalThis as unknown as { glowplateDb?: Db };

export const db: Db = globalForDb.glowplateDb ?? createPrismaClient(env.DATABASE_URL, { postgresPoolSize: env.DATABASE_POOL_SIZE });
globalForDb.glowplateDb = db;
