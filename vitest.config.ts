import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "test/browser/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        // The desk in Debian's Chromium against `npm start` (skipped where Chromium is absent).
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        // The Worker inside workerd against D1, with the same migrations as Node.
        plugins: [
          cloudflareTest(async () => ({
            main: "./src/worker.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              d1Databases: ["DB"],
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("./db/migrations"),
                FACTDESK_ADMIN_KEY: "fdk_worker_operator",
                FACTDESK_WEBHOOK_BACKOFF_MS: "1",
              },
            },
          })),
        ],
        test: { name: "workers", include: ["test/worker/**/*.test.ts"], testTimeout: 30_000 },
      },
    ],
  },
});
