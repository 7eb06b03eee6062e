import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL(".", import.meta.url)),
  // `server-only` throws outside a React server bundle; tests import server modules directly.
  "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
};

// Two projects: unit tests need no database, so they skip the global setup that migrates the
// PGlite and PostgreSQL templates; integration tests get a fresh database per file from it.
// Browser tests have their own config (vitest.e2e.config.ts) so that they run after everything
// else, one file at a time.
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Mail sent by the code under test goes to an outbox of the run's own, never into ./data.
    env: { CLAIMTRAIL_OUTBOX_DIR: path.join(os.tmpdir(), `claimtrail-test-outbox-${process.pid}`) },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
      {
        // Regression tests of issue 13, measured as ratios in one run (npm run test:stress).
        extends: true,
        test: {
          name: "stress",
          include: ["tests/stress/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
