import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // PGlite boots a WASM Postgres per file: generous timeouts, forks for isolation.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Most of a bot test is waiting (Telegram's flood limits: one message a second per chat), not
    // computing, so more files than cores run side by side.
    maxWorkers: 4,
  },
});
