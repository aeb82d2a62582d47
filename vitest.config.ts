import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { NO_COLOR: "1", BOP_REAL_TODAY: "2026-11-24" },
    testTimeout: 60_000,
    pool: "forks",
  },
});
