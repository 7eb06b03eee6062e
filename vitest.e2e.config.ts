import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: the real app server and Debian's chromium, one file at a time.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
