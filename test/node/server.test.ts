// The Node server as `npm start` runs it: extraction on worker threads, so the server keeps answering
// while a long article is read, and problem+json even for what Node refuses before the app sees it.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.js";
import { ExtractPool } from "../../src/node/extract-pool.js";
import { listen } from "../../src/node/server.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";
import { OPERATOR_KEY } from "../helpers/service.js";

let base: string;
let close: () => Promise<void>;
let pool: ExtractPool;
beforeAll(async () => {
  const { db } = await openDatabase(":memory:");
  await ensureOperator(db, OPERATOR_KEY);
  pool = new ExtractPool({ size: 1, budgetMs: 60_000 });
  const server = await listen(
    createApp({ database: () => db, extractor: pool }).fetch,
    0,
    "127.0.0.1",
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await pool.close();
    await new Promise<void>((r) => server.close(() => r()));
  };
});
afterAll(() => close());

const extract = (text: string) =>
  fetch(`${base}/v1/extract`, {
    method: "POST",
    headers: { authorization: `Bearer ${OPERATOR_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ text, publishedAt: "2025-08-20" }),
  });

describe("the Node server", () => {
  it("extracts on a worker thread: the same claims as inline", async () => {
    const res = await extract(
      "Nvidia generated a record $17.1 billion from China in the financial year ending January 2025.",
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.claims[0].quantities[0]).toMatchObject({
      type: "money",
      value: 17.1e9,
      unit: "USD",
    });
  });

  it("answers /healthz at once while a 2 MB article is being read", async () => {
    const long =
      "Revenue rose 5% to $3 billion in the quarter ended June 30, 2024, the company said. ".repeat(
        23_000,
      );
    const started = performance.now();
    const reading = extract(long);
    await new Promise((r) => setTimeout(r, 200)); // the article is on the worker thread by now
    const health = await fetch(`${base}/healthz`);
    const healthAt = performance.now() - started;
    expect(health.status).toBe(200);
    const done = await reading;
    const readAt = performance.now() - started;
    expect(done.status).toBe(200);
    // /healthz did not wait for the article: it was answered well before the article was.
    expect(healthAt).toBeLessThan(readAt / 2);
  }, 120_000);

  it("answers headers past 16 KB with a 431 problem, not an empty reply", async () => {
    const { status, type, body } = await new Promise<{
      status: number;
      type: string;
      body: string;
    }>((resolve, reject) => {
      const req = httpRequest(
        `${base}/healthz`,
        { headers: { "x-padding": "a".repeat(20_000) } },
        (res) => {
          let data = "";
          res
            .on("data", (d) => (data += d))
            .on("end", () =>
              resolve({
                status: res.statusCode!,
                type: String(res.headers["content-type"]),
                body: data,
              }),
            );
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(431);
    expect(type).toBe("application/problem+json");
    expect(JSON.parse(body)).toMatchObject({
      status: 431,
      code: "header_too_large",
      type: "https://factdesk.dev/problems/header-too-large",
    });
  });
});

describe("the extraction pool", () => {
  it("stops a job past its budget and keeps serving the next", async () => {
    const tight = new ExtractPool({ size: 1, budgetMs: 1000 });
    try {
      const long = "Revenue rose 5% to $3 billion in 2024. ".repeat(40_000);
      await expect(tight.claims({ text: long, publishedAt: "2025-08-20" })).rejects.toThrow(
        /1000 ms extraction budget/,
      );
      const next = await tight.claims({
        text: "Sales fell 3% in 2024.",
        publishedAt: "2025-08-20",
      });
      expect(next.claims).toHaveLength(1);
    } finally {
      await tight.close();
    }
  }, 60_000);
});
