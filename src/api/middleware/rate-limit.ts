// Requests per API key: a token bucket that refills continuously (FACTDESK_RATE_LIMIT_PER_MINUTE), so a
// burst up to the minute's quota passes and a steady flood is held to the rate. Past it: 429 with
// Retry-After, and every answer carries the IETF RateLimit-Policy / RateLimit fields. On Workers, the
// Rate Limiting binding counts across isolates where it is configured.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.js";
import { Problem } from "../errors/index.js";

export interface Verdict {
  ok: boolean;
  /** Requests left in the window, when the limiter knows. */
  remaining: number | null;
  /** Seconds until a request would pass again (0 when it passes now). */
  retryAfter: number;
}

export interface RateLimiter {
  /** Requests a minute allowed to one key. */
  readonly perMinute: number;
  take(key: string): Promise<Verdict>;
}

/** One process's buckets (Node). */
export class TokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<Verdict> {
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * perMs);
    b.at = now;
    if (this.buckets.size > 100_000) this.buckets.clear(); // bounded memory under a flood of keys
    this.buckets.set(key, b);
    if (b.tokens < 1)
      return { ok: false, remaining: 0, retryAfter: Math.ceil((1 - b.tokens) / perMs / 1000) };
    b.tokens -= 1;
    return { ok: true, remaining: Math.floor(b.tokens), retryAfter: 0 };
  }
}

/** The shape of Cloudflare's Rate Limiting binding. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Workers' binding: it says only whether a request passes; its period is the binding's (60 s here). */
export function bindingLimiter(binding: RateLimitBinding, perMinute: number): RateLimiter {
  return {
    perMinute,
    take: async (key) =>
      (await binding.limit({ key })).success
        ? { ok: true, remaining: null, retryAfter: 0 }
        : { ok: false, remaining: 0, retryAfter: 60 },
  };
}

export function rateLimit(limiter: RateLimiter) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const verdict = await limiter.take(c.var.caller.keyId);
    const headers: Record<string, string> = {
      "ratelimit-policy": `"per-key";q=${limiter.perMinute};w=60`,
    };
    if (verdict.remaining !== null)
      headers.ratelimit = `"per-key";r=${verdict.remaining};t=${verdict.retryAfter}`;
    if (!verdict.ok) {
      throw new Problem(
        "rate_limited",
        `This key may make ${limiter.perMinute} requests a minute; retry in ${verdict.retryAfter} s.`,
        {
          headers: { ...headers, "retry-after": String(verdict.retryAfter) },
        },
      );
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  });
}
