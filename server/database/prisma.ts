// The generated Prisma client, re-exported from one place so the generated path appears once.

export type * from "@/prisma/generated/prisma/client";
export { Prisma, PrismaClient } from "@/prisma/generated/prisma/client";
