// What one caller may take: requests per key (429 with RateLimit fields and Retry-After), and extraction
// time per request (a text past the budget is a 422 naming the field).
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.js";
import { CallerCache } from "../../src/api/caller-cache.js";
import { ExtractionBudgetExceeded, type Extractor } from "../../src/api/extractor.js";
import { bindingLimiter, TokenBuckets } from "../../src/api/middleware/rate-limit.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";
import { OPERATOR_KEY, problem } from "../helpers/service.js";

async function appWith(deps: Partial<Parameters<typeof createApp>[0]>) {
  const { db } = await openDatabase(":memory:");
  await ensureOperator(db, OPERATOR_KEY);
  const app = createApp({ database: () => db, callerCache: new CallerCache(), ...deps });
  const call = (path: string, key = OPERATOR_KEY, body?: unknown) =>
    app.request(path, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { call };
}

describe("rate limits per key", () => {
  it("let a burst up to the minute's quota through, then answer 429 with Retry-After until tokens refill", async () => {
    let clock = 1_000_000;
    const { call } = await appWith({ rateLimiter: new TokenBuckets(3, () => clock) });
    const first = await call("/v1/organizations");
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-policy")).toBe('"per-key";q=3;w=60');
    expect(first.headers.get("ratelimit")).toBe('"per-key";r=2;t=0');
    await call("/v1/organizations");
    await call("/v1/organizations");
    const refused = await call("/v1/organizations");
    const body = await problem(refused, 429);
    expect(refused.headers.get("retry-after")).toBe("20");
    expect(body.detail).toContain("3 requests a minute");
    clock += 20_000;
    expect((await call("/v1/organizations")).status).toBe(200);
  });

  it("count each key on its own", async () => {
    const { call } = await appWith({ rateLimiter: new TokenBuckets(1) });
    const org = (await (
      await call("/v1/organizations", OPERATOR_KEY, { name: "Desk" })
    ).json()) as any;
    await problem(await call("/v1/organizations"), 429);
    expect((await call("/v1/keys", org.adminKey)).status).toBe(200);
  });
});

describe("rate limits through Cloudflare's Rate Limiting binding (Workers)", () => {
  it("ask the binding per key, and answer its refusal with 429 and a minute's Retry-After", async () => {
    const asked: string[] = [];
    let allow = true;
    const binding = {
      limit: async ({ key }: { key: string }) => (asked.push(key), { success: allow }),
    };
    const { call } = await appWith({ rateLimiter: bindingLimiter(binding, 600) });
    const ok = await call("/v1/organizations");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-policy")).toBe('"per-key";q=600;w=60');
    allow = false;
    const refused = await call("/v1/organizations");
    await problem(refused, 429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(new Set(asked).size).toBe(1);
    expect(asked[0]).toMatch(/^key_/);
  });
});

describe("the extraction budget", () => {
  it("turns a text past the budget into a 422 naming text", async () => {
    const slow: Extractor = {
      claims: async () => {
        throw new ExtractionBudgetExceeded(30_000);
      },
      page: async () => {
        throw new ExtractionBudgetExceeded(30_000);
      },
    };
    const { call } = await appWith({ extractor: slow });
    const body = await problem(
      await call("/v1/extract", OPERATOR_KEY, { text: "Sales rose 5% in 2024." }),
      422,
    );
    expect(body.errors).toEqual([
      { path: "text", message: "could not be read within the 30000 ms extraction budget" },
    ]);
  });
});
