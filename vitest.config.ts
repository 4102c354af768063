import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Says once when ../shared is missing (tests that read it are skipped),
    // or fails when CI requires it (MARGINALIA_REQUIRE_SHARED=1).
    globalSetup: ["test/_helpers/shared-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
