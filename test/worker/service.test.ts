// The Worker build of the service, inside workerd, against D1 with the committed migrations.
import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  env,
  SELF,
  waitOnExecutionContext,
} from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as schema from "../../db/schema.js";
import type { Database } from "../../src/store/db.js";
import { dispatch } from "../../src/webhooks/dispatcher.js";
import type { Send } from "../../src/webhooks/send.js";
import worker from "../../src/worker.js";

const OPERATOR = "fdk_worker_operator";
const call = (method: string, path: string, key: string, body?: unknown) =>
  SELF.fetch(`https://factdesk.test${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe("the Worker", () => {
  it("answers /healthz", async () => {
    const res = await SELF.fetch("https://factdesk.test/healthz");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("ingests an article into D1 and reads its claims back, scoped to the organisation", async () => {
    const org = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge News" })
    ).json()) as any;
    expect(org.id).toMatch(/^org_/);
    const text =
      "Northgate Steel agreed on Tuesday to buy rival Calder Metals for $4.6 billion in cash.\nSteel prices fell 18% in 2023.";
    const res = await call("POST", "/v1/articles", org.adminKey, {
      text,
      publishedAt: "2024-08-20",
      externalId: "edge-1",
    });
    expect(res.status).toBe(201);
    const article = (await res.json()) as any;
    expect(article.claims).toHaveLength(2);
    expect(article.claims[0].quantities[0]).toMatchObject({
      type: "money",
      value: 4.6e9,
      unit: "USD",
    });

    const claim = await call("GET", `/v1/claims/${article.claims[1].id}`, org.adminKey);
    expect(claim.status).toBe(200);
    expect(claim.headers.get("etag")).toBe('"1"');
    expect(((await claim.json()) as any).time).toMatchObject({
      start: "2023-01-01",
      end: "2023-12-31",
    });

    const searched = (await (
      await call("GET", "/v1/claims?q=steel%20pric", org.adminKey)
    ).json()) as any;
    expect(searched.data.map((c: any) => c.id)).toEqual([article.claims[1].id]);
    const found = (await (
      await call("GET", "/v1/claims?quantityType=percent", org.adminKey)
    ).json()) as any;
    expect(found.data.map((c: any) => c.id)).toEqual([article.claims[1].id]);
    const first = (await (
      await call("GET", "/v1/claims?sort=-checkworthiness&limit=1", org.adminKey)
    ).json()) as any;
    const rest = (await (
      await call("GET", `/v1/claims?sort=-checkworthiness&cursor=${first.nextCursor}`, org.adminKey)
    ).json()) as any;
    const queue = [...first.data, ...rest.data].map((c: any) => c.checkworthiness);
    expect(queue).toEqual(
      article.claims.map((c: any) => c.checkworthiness).sort((a: number, b: number) => b - a),
    );

    const again = await call("POST", "/v1/articles", org.adminKey, {
      text: "Other.",
      publishedAt: "2024-08-20",
      externalId: "edge-1",
    });
    expect(again.status).toBe(200);

    const other = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Elsewhere" })
    ).json()) as any;
    expect((await call("GET", `/v1/articles/${article.id}`, other.adminKey)).status).toBe(404);
  });

  it("guards claim changes by version in D1: of concurrent changes with one ETag exactly one wins", async () => {
    const org = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge Checks" })
    ).json()) as any;
    const article = (await (
      await call("POST", "/v1/articles", org.adminKey, {
        text: "Steel prices fell 18% in 2023.",
        publishedAt: "2024-08-20",
      })
    ).json()) as any;
    const path = `/v1/claims/${article.claims[0].id}`;
    const patch = (body: unknown) =>
      SELF.fetch(`https://factdesk.test${path}`, {
        method: "PATCH",
        headers: {
          authorization: `Bearer ${org.adminKey}`,
          "content-type": "application/json",
          "if-match": '"1"',
        },
        body: JSON.stringify(body),
      });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => patch({ status: "in_review", assignee: `c${i}` })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
    const history = (await (await call("GET", `${path}/history`, org.adminKey)).json()) as any;
    expect(history.data).toHaveLength(1);
    expect(history.data[0].changes.status).toEqual({ from: "new", to: "in_review" });
  });
});

describe("webhooks on Workers", () => {
  it("deliver from the outbox right after the change (waitUntil) and retry from the Cron Trigger, signed", async () => {
    const got: { headers: Record<string, string>; body: string }[] = [];
    // The Worker runs in this isolate, so a mock of the global fetch is what its dispatcher calls.
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation((async (
      _url: string,
      init: RequestInit,
    ) => {
      got.push({ headers: init.headers as Record<string, string>, body: init.body as string });
      return new Response(null, { status: got.length === 1 ? 500 : 200 });
    }) as never);
    try {
      const org = (await (
        await call("POST", "/v1/organizations", OPERATOR, { name: "Edge CMS" })
      ).json()) as any;
      const hook = (await (
        await call("POST", "/v1/webhooks", org.adminKey, {
          url: "https://cms.example/hooks",
          events: ["article.ingested"],
        })
      ).json()) as any;
      await call("POST", "/v1/articles", org.adminKey, {
        text: "Exports rose 4% in 2024.",
        publishedAt: "2025-01-10",
      });
      const attempts = async () =>
        (
          (await (
            await call("GET", `/v1/webhooks/${hook.id}/deliveries`, org.adminKey)
          ).json()) as any
        ).data[0]?.attempts ?? [];
      for (let i = 0; i < 50 && (await attempts()).length < 1; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect((await attempts()).map((a: any) => a.responseStatus)).toEqual([500]);

      await new Promise((r) => setTimeout(r, 10));
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController(), env as never, ctx);
      await waitOnExecutionContext(ctx);
      expect((await attempts()).map((a: any) => a.responseStatus)).toEqual([500, 200]);
      expect(got.map((g) => JSON.parse(g.body).type)).toEqual([
        "article.ingested",
        "article.ingested",
      ]);
      expect(got[1]!.headers["webhook-id"]).toBe(got[0]!.headers["webhook-id"]);
      expect(got[1]!.headers["webhook-signature"]).toMatch(/^v1,/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("dispatchers that overlap on D1 (waitUntil and the Cron Trigger at once)", () => {
  it("send every event exactly once", async () => {
    const org = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge Twice" })
    ).json()) as any;
    await call("POST", "/v1/webhooks", org.adminKey, {
      url: "https://cms.example/twice",
      events: ["article.ingested"],
    });
    // The endpoint is down while the articles come in: the passes after each request (waitUntil) fail.
    const spy = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation((async () => new Response(null, { status: 503 })) as never);
    const seen = new Map<string, number>();
    const send: Send = async ({ url, headers }) => {
      if (!url.includes("/twice")) return 200;
      await new Promise((r) => setTimeout(r, 1));
      seen.set(headers["webhook-id"]!, (seen.get(headers["webhook-id"]!) ?? 0) + 1);
      return 200;
    };
    try {
      for (let i = 0; i < 8; i++)
        await call("POST", "/v1/articles", org.adminKey, {
          text: `Exports rose ${i}% in 2024.`,
          publishedAt: "2025-01-10",
        });
      await new Promise((r) => setTimeout(r, 100));
      const db = drizzle(env.DB, { schema }) as unknown as Database;
      const later = () => Date.now() + 3600_000; // every retry is due
      await Promise.all([
        dispatch(db, { send, now: later }),
        dispatch(db, { send, now: later }),
        dispatch(db, { send, now: later }),
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(seen.size).toBe(8);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});

describe("fact-checks on D1", () => {
  it("are imported as NDJSON and found by FTS5 search, within the organisation", async () => {
    const org = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge Checks Desk" })
    ).json()) as any;
    const other = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge Elsewhere" })
    ).json()) as any;
    const line = (n: number, claimReviewed: string) =>
      JSON.stringify({
        "@type": "ClaimReview",
        url: `https://factcheck.example/d1/${n}`,
        claimReviewed,
        author: { name: "Example Checks" },
      });
    const nd = [
      line(1, "Huawei shipped one million Ascend chips to Chinese banks."),
      line(2, "Cambricon revenue grew 4,000% in 2025."),
    ].join("\n");
    const imported = await SELF.fetch("https://factcheck.test/v1/factchecks/import", {
      method: "POST",
      headers: { authorization: `Bearer ${org.adminKey}`, "content-type": "application/x-ndjson" },
      body: nd,
    });
    expect(await imported.json()).toEqual({ imported: 2, updated: 0, errors: [] });
    const found = (await (
      await call("POST", "/v1/factchecks/search", org.adminKey, {
        text: "Did Huawei ship Ascend chips to banks?",
      })
    ).json()) as any;
    expect(found.data[0].factcheck.url).toBe("https://factcheck.example/d1/1");
    const theirs = (await (
      await call("POST", "/v1/factchecks/search", other.adminKey, { text: "Huawei Ascend chips" })
    ).json()) as any;
    expect(theirs.data).toEqual([]);
  });

  it("mark claims previously checked on import and on resolve, and unmark them on reopen", async () => {
    const org = (await (
      await call("POST", "/v1/organizations", OPERATOR, { name: "Edge Verdicts" })
    ).json()) as any;
    const key = org.adminKey;
    const ingest = async (text: string, publishedAt: string) =>
      ((await (await call("POST", "/v1/articles", key, { text, publishedAt })).json()) as any)
        .claims[0];
    const first = await ingest(
      "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
      "2025-06-01",
    );
    const again = await ingest(
      "Globex's income from Europe reached $4.2bn in its fiscal year to March 2025.",
      "2025-06-02",
    );
    const read = async (id: string) =>
      ((await (await call("GET", `/v1/claims/${id}`, key)).json()) as any).previouslyChecked;

    // An imported fact-check of the figure marks both claims already stored.
    const imported = await call("POST", "/v1/factchecks", key, {
      "@type": "ClaimReview",
      url: "https://factcheck.example/d1/globex",
      claimReviewed: "Globex earned $4.2 billion from Europe",
      reviewRating: { alternateName: "False", ratingValue: 1 },
    });
    expect(imported.status).toBe(201);
    expect(await read(first.id)).toMatchObject({ rating: { label: "False" } });
    const del = await call("DELETE", `/v1/factchecks/${(await read(first.id)).factcheckId}`, key);
    expect(del.status).toBe(204);
    expect(await read(again.id)).toBeNull();

    // Resolving the first publishes its own fact-check, which marks its repeat; reopening unmarks it.
    const patch = async (body: unknown) => {
      const etag = (await call("GET", `/v1/claims/${first.id}`, key)).headers.get("etag")!;
      return SELF.fetch(`https://factdesk.test/v1/claims/${first.id}`, {
        method: "PATCH",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
          "if-match": etag,
        },
        body: JSON.stringify(body),
      });
    };
    await patch({ status: "in_review" });
    await call("POST", `/v1/claims/${first.id}/sources`, key, {
      url: "https://filings.example/globex",
      stance: "supports",
    });
    const resolved = await patch({
      status: "resolved",
      verdict: "true",
      reviewUrl: "https://planet.example/checks/globex",
    });
    expect(resolved.status).toBe(200);
    expect(await read(again.id)).toMatchObject({
      rating: { label: "True", value: 5 },
      url: "https://planet.example/checks/globex",
    });
    expect((await patch({ status: "in_review" })).status).toBe(200);
    expect(await read(again.id)).toBeNull();
  });
});
