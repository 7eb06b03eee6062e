// The generated Prisma client, re-exported from one place so the generated path appears once.
export { PrismaClient, Prisma } from "@/prisma/generated/prisma/client";
export type * from "@/prisma/generated/prisma/client";
