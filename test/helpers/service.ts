// A fresh service per test: the real app over libSQL in memory with the real migrations, and small
// factories for organisations, keys and articles.
import { createApp } from "../../src/api/app.js";
import { CallerCache } from "../../src/api/caller-cache.js";
import { PROBLEM_CODES, type ProblemCode, problemType } from "../../src/api/errors/index.js";
import type { Database } from "../../src/store/db.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";

export const OPERATOR_KEY = "fdk_test_operator_key";

export interface Service {
  app: ReturnType<typeof createApp>;
  db: Database;
  call: (
    method: string,
    path: string,
    opts?: { key?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> },
  ) => Promise<Response>;
}

export async function service(wrap: (db: Database) => Database = (db) => db): Promise<Service> {
  const { db } = await openDatabase(":memory:");
  await ensureOperator(db, OPERATOR_KEY);
  // Tests run with the caller cache, as the Node server does, so revocation is checked through it.
  const app = createApp({ database: () => wrap(db), callerCache: new CallerCache() });
  const call: Service["call"] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.key !== null) headers.authorization = `Bearer ${opts.key ?? OPERATOR_KEY}`;
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers["content-type"] ??= "application/json";
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return { app, db, call };
}

/** An organisation with a key of every role. */
export async function organization(s: Service, name = "Newsroom") {
  const res = await s.call("POST", "/v1/organizations", { body: { name } });
  const org = (await res.json()) as { id: string; adminKey: string };
  const key = async (role: string) => {
    const r = await s.call("POST", "/v1/keys", {
      key: org.adminKey,
      body: { name: `${role} key`, role },
    });
    return ((await r.json()) as { key: string }).key;
  };
  return {
    id: org.id,
    admin: org.adminKey,
    editor: await key("editor"),
    viewer: await key("viewer"),
  };
}

export const STORY = [
  "Subscribe to our newsletter for the day's top stories.",
  "Northgate Steel agreed on Tuesday to buy rival Calder Metals for $4.6 billion in cash.",
  "Steel prices fell 18% in 2023 as demand weakened, and imports rose to 4.2 million tonnes.",
  "Calder reported a net loss of £112m for the fiscal year ended March 31, 2024.",
  "The Competition Authority blocked a similar merger in 2019.",
].join("\n");

export async function ingest(s: Service, key: string, extra: Record<string, unknown> = {}) {
  const res = await s.call("POST", "/v1/articles", {
    key,
    body: { text: STORY, publishedAt: "2024-08-20", url: "https://news.example/steel", ...extra },
  });
  return { res, body: (await res.json()) as any };
}

export async function problem(res: Response, status: number): Promise<any> {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  if (res.headers.get("content-type") !== "application/problem+json")
    throw new Error(`not a problem: ${res.headers.get("content-type")}`);
  const body = (await res.json()) as any;
  if (body.status !== status || !body.title || !body.detail || !body.type)
    throw new Error(`incomplete problem: ${JSON.stringify(body)}`);
  // Every problem is a row of the one table: its code fixes its status and its public type.
  const row = PROBLEM_CODES[body.code as ProblemCode];
  if (!row || row.status !== status || body.type !== problemType(body.code))
    throw new Error(`problem outside the code table: ${JSON.stringify(body)}`);
  return body;
}

/** PATCH a claim with the ETag it has now, as a checker's client does after reading it. */
export async function patchClaim(s: Service, key: string, claimId: string, body: unknown) {
  const path = `/v1/claims/${claimId}`;
  const etag = (await s.call("GET", path, { key })).headers.get("etag")!;
  return s.call("PATCH", path, { key, body, headers: { "if-match": etag } });
}

/** A ClaimReview as a fact-checker publishes it, rated False. */
export const falseReview = (url: string, claimReviewed: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed,
  author: { "@type": "Organization", name: "Checks Weekly" },
  reviewRating: {
    "@type": "Rating",
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: "False",
  },
});
