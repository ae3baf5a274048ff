import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // PGlite boots a WASM Postgres per file: generous timeouts, forks for isolation.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
