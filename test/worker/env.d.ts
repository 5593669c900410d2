declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    FACTDESK_ADMIN_KEY: string;
    FACTDESK_WEBHOOK_BACKOFF_MS: string;
  }
}
