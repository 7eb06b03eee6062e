-- Counters of the request limits (sign-in, sign-up, public reads) on PostgreSQL, shared by every
-- app server on the database so that limits do not multiply with servers. rate-limiter-flexible's
-- PostgreSQL store reads and writes it (server/services/limits/limiter-store.ts) with the
-- columns in this order: key, points, expire. It is created here rather than by the library
-- (its `tableCreated` option). On PGlite the table stays empty: one process owns the data
-- folder, so its counters live in that process's memory.

-- CreateTable
CREATE TABLE "rate_limit_counter" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key")
);
