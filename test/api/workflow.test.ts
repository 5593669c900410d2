import { beforeEach, describe, expect, it } from "vitest";
import { ingest, organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
let claimId: string;
let path: string;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
  const article = (await ingest(s, org.editor, { outlet: "Daily Planet", title: "Steel merger" }))
    .body;
  claimId = article.claims[0].id; // "Northgate Steel agreed on Tuesday to buy rival Calder Metals for $4.6 billion in cash."
  path = `/v1/claims/${claimId}`;
});

const etagOf = async () => (await s.call("GET", path, { key: org.viewer })).headers.get("etag")!;
const patch = async (body: unknown, etag?: string | null, key = org.editor) =>
  s.call("PATCH", path, {
    key,
    body,
    headers: etag === null ? {} : { "if-match": etag ?? (await etagOf()) },
  });
const addSource = (body: Record<string, unknown>, key = org.editor) =>
  s.call("POST", `${path}/sources`, {
    key,
    body: { url: "https://filings.example/10-k", stance: "supports", ...body },
  });

describe("PATCH /v1/claims/{id}", () => {
  it("needs If-Match (428), refuses a stale one (412) and answers with the new ETag", async () => {
    await problem(await patch({ status: "in_review" }, null), 428);
    const etag = await etagOf();
    const res = await patch({ status: "in_review", assignee: "ana@planet.example" }, etag);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(await res.json()).toMatchObject({
      status: "in_review",
      assignee: "ana@planet.example",
      version: 2,
    });
    await problem(await patch({ note: "again" }, etag), 412);
  });

  it("keeps when a claim was found and records when it last changed", async () => {
    const before = (await (await s.call("GET", path, { key: org.viewer })).json()) as any;
    expect(before.updatedAt).toBe(before.createdAt);
    await new Promise((r) => setTimeout(r, 5));
    const after = (await (await patch({ note: "look at the filing" })).json()) as any;
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it("lets exactly one of 20 concurrent changes with one ETag win", async () => {
    const etag = await etagOf();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        patch({ status: "in_review", assignee: `checker${i}` }, etag),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(19);
    const history = (await (
      await s.call("GET", `${path}/history`, { key: org.viewer })
    ).json()) as any;
    expect(history.data).toHaveLength(1);
  });

  it("refuses a move the workflow does not allow with 409 naming the allowed ones", async () => {
    const p = await problem(await patch({ status: "resolved", verdict: "true" }), 409);
    expect(p.detail).toContain("in_review, dismissed");
  });

  it("resolves only with a verdict and a source, then publishes ClaimReview", async () => {
    await patch({ status: "in_review" });
    expect(
      (await problem(await patch({ status: "resolved", verdict: "true" }), 422)).errors[0].path,
    ).toBe("status");
    expect((await addSource({ excerpt: "Northgate will pay $4.6bn for Calder." })).status).toBe(
      201,
    );
    expect((await problem(await patch({ status: "resolved" }), 422)).errors[0].path).toBe(
      "verdict",
    );
    expect(
      (await problem(await patch({ status: "resolved", verdict: "pants_on_fire" }), 422)).errors[0]
        .path,
    ).toBe("verdict");
    const done = await patch({
      status: "resolved",
      verdict: "mostly_true",
      reviewUrl: "https://planet.example/fact-check/steel",
    });
    expect(await done.json()).toMatchObject({
      status: "resolved",
      verdict: "mostly_true",
      resolvedAt: expect.any(String),
    });
    const found = (await (
      await s.call("GET", "/v1/claims?status=resolved", { key: org.viewer })
    ).json()) as any;
    expect(found.data.map((c: any) => c.id)).toEqual([claimId]);
  });

  it("finds a checker's queue by assignee", async () => {
    await patch({ assignee: "bo@planet.example" });
    const queue = (await (
      await s.call("GET", "/v1/claims?assignee=bo%40planet.example", { key: org.viewer })
    ).json()) as any;
    expect(queue.data.map((c: any) => c.id)).toEqual([claimId]);
  });

  it("is for editors and admins of the claim's organisation", async () => {
    await problem(await patch({ note: "x" }, undefined, org.viewer), 403);
    const other = await organization(s, "Other");
    await problem(
      await s.call("PATCH", path, {
        key: other.editor,
        body: { note: "x" },
        headers: { "if-match": '"1"' },
      }),
      404,
    );
    expect((await patch({ note: "x" }, undefined, org.admin)).status).toBe(200);
  });
});

describe("sources", () => {
  it("checks the excerpt's figures against the claim's", async () => {
    const agree = (await (
      await addSource({ excerpt: "The deal is worth $4.6 billion." })
    ).json()) as any;
    expect(agree).toMatchObject({
      id: expect.stringMatching(/^src_/),
      stance: "supports",
      quantityCheck: {
        status: "match",
        pairs: [{ claim: "$4.6 billion", source: "$4.6 billion", agree: true }],
      },
    });
    const differ = (await (
      await addSource({ excerpt: "The deal is worth $5.1 billion.", stance: "refutes" })
    ).json()) as any;
    expect(differ.quantityCheck.status).toBe("mismatch");
    const silent = (await (await addSource({ stance: "context" })).json()) as any;
    expect(silent.quantityCheck).toEqual({ status: "none", pairs: [] });
    const list = (await (
      await s.call("GET", `${path}/sources`, { key: org.viewer })
    ).json()) as any;
    expect(list.data.map((x: any) => x.quantityCheck.status)).toEqual([
      "match",
      "mismatch",
      "none",
    ]);
  });

  it("rejects a source without an http(s) URL or stance, naming the field", async () => {
    expect((await problem(await addSource({ url: "not a url" }), 422)).errors[0].path).toBe("url");
    expect((await problem(await addSource({ url: "ftp://x.example/a" }), 422)).errors[0].path).toBe(
      "url",
    );
    expect((await problem(await addSource({ stance: "maybe" }), 422)).errors[0].path).toBe(
      "stance",
    );
  });

  it("removes a source, and keeps others' sources out of reach", async () => {
    const src = (await (await addSource({})).json()) as any;
    const other = await organization(s, "Other");
    await problem(await s.call("DELETE", `${path}/sources/${src.id}`, { key: other.editor }), 404);
    await problem(await s.call("GET", `${path}/sources`, { key: other.viewer }), 404);
    await problem(await addSource({}, org.viewer), 403);
    expect((await s.call("DELETE", `${path}/sources/${src.id}`, { key: org.editor })).status).toBe(
      204,
    );
    await problem(await s.call("DELETE", `${path}/sources/${src.id}`, { key: org.editor }), 404);
  });
});

describe("history", () => {
  it("lists every change oldest first, naming the key that acted, and outlives the article", async () => {
    await patch({ status: "in_review", assignee: "ana" });
    await addSource({ excerpt: "$4.6 billion" });
    await patch(
      { status: "resolved", verdict: "true", note: "Matches the filing." },
      undefined,
      org.admin,
    );
    const res = await s.call("GET", `${path}/history`, { key: org.viewer });
    const { data } = (await res.json()) as any;
    expect(data.map((e: any) => e.type)).toEqual([
      "claim.updated",
      "source.added",
      "claim.updated",
    ]);
    expect(data[0]).toMatchObject({
      actor: { name: "editor key" },
      changes: { status: { from: "new", to: "in_review" }, assignee: { from: null, to: "ana" } },
    });
    expect(data[2]).toMatchObject({
      actor: { name: "admin" },
      changes: {
        status: { from: "in_review", to: "resolved" },
        verdict: { from: null, to: "true" },
      },
    });
    expect(data.every((e: any) => /^\d{4}-\d\d-\d\dT/.test(e.at))).toBe(true);

    const articleId = ((await (await s.call("GET", path, { key: org.viewer })).json()) as any)
      .articleId;
    await s.call("DELETE", `/v1/articles/${articleId}`, { key: org.admin });
    expect(
      ((await (await s.call("GET", `${path}/history`, { key: org.viewer })).json()) as any).data,
    ).toHaveLength(3);
  });
});

describe("ClaimReview", () => {
  it("is published only for resolved claims, with every field Google asks for", async () => {
    await problem(await s.call("GET", `${path}/claimreview`, { key: org.viewer }), 409);
    await patch({ status: "in_review" });
    await addSource({ excerpt: "$4.6 billion" });
    await patch({
      status: "resolved",
      verdict: "false",
      reviewUrl: "https://planet.example/fact-check/steel",
    });
    const res = await s.call("GET", `${path}/claimreview`, { key: org.viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    const review = JSON.parse(await res.text());
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed:
        "Northgate Steel agreed on Tuesday to buy rival Calder Metals for $4.6 billion in cash",
      reviewRating: {
        "@type": "Rating",
        alternateName: "False",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        appearance: { "@type": "CreativeWork", url: "https://news.example/steel" },
        datePublished: "2024-08-20",
        author: { "@type": "Organization", name: "Daily Planet" },
      },
      author: { "@type": "Organization", name: "Newsroom" },
      datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      url: "https://planet.example/fact-check/steel",
    });
  });

  it("gives an unverifiable claim a named rating without a number, and lists an article's reviews", async () => {
    await patch({ status: "in_review" });
    await addSource({});
    await patch({
      status: "resolved",
      verdict: "unverifiable",
      reviewUrl: "https://planet.example/fact-check/steel",
    });
    const articleId = ((await (await s.call("GET", path, { key: org.viewer })).json()) as any)
      .articleId;
    const res = await s.call("GET", `/v1/articles/${articleId}/claimreview`, { key: org.viewer });
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    const reviews = JSON.parse(await res.text());
    expect(reviews).toHaveLength(1);
    expect(reviews[0].reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unverifiable",
      bestRating: 5,
      worstRating: 1,
    });
    const other = await organization(s, "Other");
    await problem(
      await s.call("GET", `/v1/articles/${articleId}/claimreview`, { key: other.viewer }),
      404,
    );
    await problem(await s.call("GET", `${path}/claimreview`, { key: other.viewer }), 404);
  });

  it("needs a review URL: a claim resolved without one has no ClaimReview (409 naming reviewUrl)", async () => {
    await patch({ status: "in_review" });
    await addSource({});
    expect((await patch({ status: "resolved", verdict: "false" })).status).toBe(200);
    const body = await problem(
      await s.call("GET", `${path}/claimreview`, { key: org.viewer }),
      409,
    );
    expect(body.errors).toEqual([{ path: "reviewUrl", message: expect.any(String) }]);
    const { articleId } = (await (await s.call("GET", path, { key: org.viewer })).json()) as any;
    const list = await s.call("GET", `/v1/articles/${articleId}/claimreview`, { key: org.viewer });
    expect(JSON.parse(await list.text())).toEqual([]);

    await patch({ reviewUrl: "https://planet.example/fact-check/steel" });
    expect((await s.call("GET", `${path}/claimreview`, { key: org.viewer })).status).toBe(200);
  });

  it("publishes the summary, claimant and explanation a checker wrote", async () => {
    const fresh = (await (await s.call("GET", path, { key: org.viewer })).json()) as any;
    expect(fresh).toMatchObject({
      summary: fresh.text,
      claimant: "Daily Planet",
      explanation: null,
    });
    await patch({ status: "in_review" });
    await addSource({ excerpt: "$4.6 billion" });
    const res = await patch({
      status: "resolved",
      verdict: "true",
      reviewUrl: "https://planet.example/fact-check/steel",
      summary: "Northgate buys Calder for $4.6bn",
      claimant: "Northgate Steel chief executive Jo Park",
      explanation: "The merger filing states the price as $4.6 billion in cash.",
    });
    expect(await res.json()).toMatchObject({
      summary: "Northgate buys Calder for $4.6bn",
      claimant: "Northgate Steel chief executive Jo Park",
    });
    const review = JSON.parse(
      await (await s.call("GET", `${path}/claimreview`, { key: org.viewer })).text(),
    );
    expect(review).toMatchObject({
      claimReviewed: "Northgate buys Calder for $4.6bn",
      itemReviewed: {
        author: { "@type": "Person", name: "Northgate Steel chief executive Jo Park" },
      },
      reviewBody: "The merger filing states the price as $4.6 billion in cash.",
    });
    const own = (await (await s.call("GET", "/v1/factchecks", { key: org.viewer })).json()) as any;
    expect(own.data).toEqual([
      expect.objectContaining({
        claimId,
        claimReviewed: "Northgate buys Calder for $4.6bn",
        claimant: "Northgate Steel chief executive Jo Park",
      }),
    ]);

    // Cleared, the summary is the claim's text again; every change is in the history.
    const cleared = (await (await patch({ summary: null, claimant: null })).json()) as any;
    expect(cleared).toMatchObject({ summary: fresh.text, claimant: null });
    const review2 = JSON.parse(
      await (await s.call("GET", `${path}/claimreview`, { key: org.viewer })).text(),
    );
    expect(review2.claimReviewed).toBe(fresh.text);
    expect(review2.itemReviewed.author).toBeUndefined();
    const history = (await (
      await s.call("GET", `${path}/history`, { key: org.viewer })
    ).json()) as any;
    expect(history.data.at(-1).changes).toEqual({
      summary: { from: "Northgate buys Calder for $4.6bn", to: fresh.text },
      claimant: { from: "Northgate Steel chief executive Jo Park", to: null },
    });
  });

  it("prefills the claimant with the speaker the story names, else the outlet", async () => {
    const res = await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: {
        text: "Net income rose to $2.1 billion in the third quarter, the bank said on Wednesday.\n\nExports fell 4% in May to $2.1 billion.",
        publishedAt: "2024-08-20",
        outlet: "Daily Planet",
      },
    });
    const claims = ((await res.json()) as any).claims;
    expect(claims.map((c: any) => c.claimant)).toEqual(["the bank", "Daily Planet"]);
  });

  it("refuses a summary over 300 characters, naming the field", async () => {
    const body = await problem(await patch({ summary: "x".repeat(301) }), 422);
    expect(body.errors[0].path).toBe("summary");
  });
});
