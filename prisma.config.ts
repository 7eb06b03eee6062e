// Prisma CLI configuration. Only `prisma generate` runs here (scripts/prisma-generate.mjs);
// migrations are applied by our runner (`npm run migrate`, server/database/migrate.ts), see docs/PRISMA.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
