// Claims across articles: a figure stated again (repeats), two figures for one measure and period that
// cannot both be right (conflicts), and what is merely alike — computed when the later claim arrives.
import { beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/webhooks/dispatcher.js";
import { organization, patchClaim, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

async function ingest(text: string, publishedAt: string, key = org.editor) {
  const res = await s.call("POST", "/v1/articles", { key, body: { text, publishedAt } });
  expect(res.status).toBe(201);
  return ((await res.json()) as any).claims as any[];
}
const withValue = (claims: any[], value: number) =>
  claims.find((c) => c.quantities.some((q: any) => q.value === value));
const relations = async (claim: any, key = org.viewer) => {
  const res = await s.call("GET", `/v1/claims/${claim.id}/matches`, { key });
  expect(res.status).toBe(200);
  const body = (await res.json()) as any;
  return new Map<string, string>(body.claims.map((m: any) => [m.claim.id, m.relation]));
};

describe("GET /v1/claims/{id}/matches", () => {
  it("finds repeats and conflicts for the same subject, measure and period, and nothing else", async () => {
    const first = await ingest(
      "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
      "2025-06-01",
    );
    const again = await ingest(
      "Globex's income from Europe reached $4.2bn in its fiscal year to March 2025, its report shows.",
      "2025-06-02",
    );
    const other = await ingest(
      "Globex made $3.1 billion from Europe in the fiscal year ended March 2025.\n" +
        "Globex made $2.2 billion from Europe in the fiscal year ended March 2024.\n" +
        "Initech spent $4.2 billion on Globex software in the fiscal year ending March 2025.\n" +
        "Globex's total revenue was $30.5 billion in the fiscal year ending March 2025.",
      "2025-06-03",
    );
    const [a, b] = [withValue(first, 4.2e9), withValue(again, 4.2e9)];
    const [c, older, initech, total] = [3.1e9, 2.2e9, 4.2e9, 30.5e9].map((v) =>
      withValue(other, v),
    );
    const rel = await relations(a);
    expect(rel.get(b.id)).toBe("repeats");
    expect(rel.get(c.id)).toBe("conflicts");
    expect(["repeats", "conflicts"]).not.toContain(rel.get(older.id));
    expect(["repeats", "conflicts"]).not.toContain(rel.get(initech.id));
    expect(["repeats", "conflicts"]).not.toContain(rel.get(total.id));
    expect(rel.has(a.id)).toBe(false);
    const back = await relations(c);
    expect(back.get(a.id)).toBe("conflicts");
    expect(back.get(b.id)).toBe("conflicts");

    const conflicting = (await (
      await s.call("GET", "/v1/claims?conflicting=true&limit=100", { key: org.viewer })
    ).json()) as any;
    expect(conflicting.data.map((x: any) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it("keeps each organisation's claims to itself", async () => {
    const mine = withValue(
      await ingest(
        "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
        "2025-06-01",
      ),
      4.2e9,
    );
    const other = await organization(s, "Other");
    const theirs = withValue(
      await ingest(
        "Globex earned $3.1 billion from Europe in the fiscal year ending March 2025.",
        "2025-06-02",
        other.editor,
      ),
      3.1e9,
    );
    expect((await relations(mine)).size).toBe(0);
    expect((await relations(theirs, other.viewer)).size).toBe(0);
    await problem(await s.call("GET", `/v1/claims/${mine.id}/matches`, { key: other.viewer }), 404);
  });

  it("forgets the relations of a deleted article", async () => {
    const a = withValue(
      await ingest(
        "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
        "2025-06-01",
      ),
      4.2e9,
    );
    const res = await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: {
        text: "Globex made $3.1 billion from Europe in the fiscal year ended March 2025.",
        publishedAt: "2025-06-02",
      },
    });
    const article = (await res.json()) as any;
    expect((await relations(a)).size).toBe(1);
    expect((await s.call("DELETE", `/v1/articles/${article.id}`, { key: org.admin })).status).toBe(
      204,
    );
    expect((await relations(a)).size).toBe(0);
    const conflicting = (await (
      await s.call("GET", "/v1/claims?conflicting=true", { key: org.viewer })
    ).json()) as any;
    expect(conflicting.data).toEqual([]);
  });
});

describe("previously checked", () => {
  it("marks a new claim that repeats a figure the organisation published a fact-check of", async () => {
    const first = withValue(
      await ingest(
        "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
        "2025-06-01",
      ),
      4.2e9,
    );
    const path = `/v1/claims/${first.id}`;
    const patch = (body: unknown) => patchClaim(s, org.editor, first.id, body);
    await patch({ status: "in_review" });
    await s.call("POST", `${path}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/globex", stance: "supports" },
    });
    await patch({
      status: "resolved",
      verdict: "true",
      reviewUrl: "https://planet.example/checks/globex",
    });
    const own = ((await (await s.call("GET", "/v1/factchecks", { key: org.viewer })).json()) as any)
      .data[0];

    const later = withValue(
      await ingest(
        "Globex's income from Europe reached $4.2bn in its fiscal year to March 2025.",
        "2025-06-05",
      ),
      4.2e9,
    );
    expect(later.previouslyChecked).toMatchObject({
      factcheckId: own.id,
      rating: { label: "True", value: 5 },
      url: "https://planet.example/checks/globex",
      score: expect.any(Number),
    });
    const stored = (await (
      await s.call("GET", `/v1/claims/${later.id}`, { key: org.viewer })
    ).json()) as any;
    expect(stored.previouslyChecked.factcheckId).toBe(own.id);
    const listed = (await (
      await s.call("GET", "/v1/claims?previouslyChecked=true", { key: org.viewer })
    ).json()) as any;
    expect(listed.data.map((c: any) => c.id)).toEqual([later.id]);
    const unrelated = withValue(
      await ingest("Initech sold 12% more printers in 2024.", "2025-06-06"),
      12,
    );
    expect(unrelated.previouslyChecked).toBeNull();
  });
});

describe("previously checked, as verdicts arrive", () => {
  const GLOBEX = "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.";
  const review = (url: string, claimReviewed: string, rating = "False") => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed,
    author: { "@type": "Organization", name: "Example Checks" },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating === "False" ? 1 : 5,
      alternateName: rating,
    },
  });
  const importReview = async (body: unknown) => {
    const res = await s.call("POST", "/v1/factchecks", { key: org.editor, body });
    expect([200, 201]).toContain(res.status);
    return (await res.json()) as any;
  };
  const read = async (id: string) =>
    (await (await s.call("GET", `/v1/claims/${id}`, { key: org.viewer })).json()) as any;
  async function resolveWithSource(claimId: string, reviewUrl: string) {
    await patchClaim(s, org.editor, claimId, { status: "in_review" });
    await s.call("POST", `/v1/claims/${claimId}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/globex", stance: "supports" },
    });
    return patchClaim(s, org.editor, claimId, { status: "resolved", verdict: "true", reviewUrl });
  }

  it("marks a new claim that closely matches an imported fact-check, and not one with another figure", async () => {
    const fc = await importReview(
      review("https://checks.example/globex", "Globex earned $4.2 billion from Europe last year"),
    );
    const claims = await ingest(
      `${GLOBEX}\nGlobex earned $9.9 billion from Europe in the fiscal year ending March 2024.`,
      "2025-06-01",
    );
    expect(withValue(claims, 4.2e9).previouslyChecked).toMatchObject({
      factcheckId: fc.id,
      rating: { label: "False", value: 1 },
      url: "https://checks.example/globex",
    });
    expect(withValue(claims, 9.9e9).previouslyChecked).toBeNull();
  });

  it("marks stored claims when a matching fact-check is imported later, and follows its changes", async () => {
    const claim = withValue(await ingest(GLOBEX, "2025-06-01"), 4.2e9);
    expect(claim.previouslyChecked).toBeNull();
    const line = review("https://checks.example/globex", "Globex earned $4.2bn from Europe");
    const res = await s.call("POST", "/v1/factchecks/import", {
      key: org.editor,
      raw: `${JSON.stringify(line)}\n`,
      headers: { "content-type": "application/x-ndjson" },
    });
    expect(await res.json()).toMatchObject({ imported: 1, errors: [] });
    const marked = (await read(claim.id)).previouslyChecked;
    expect(marked).toMatchObject({ rating: { label: "False" }, url: line.url });

    // The publisher corrects its rating: the claim carries the new one.
    await importReview({ ...line, reviewRating: { ratingValue: 5, alternateName: "True" } });
    expect((await read(claim.id)).previouslyChecked).toMatchObject({
      factcheckId: marked.factcheckId,
      rating: { label: "True", value: 5 },
    });
    // Deleted, it no longer marks the claim.
    const del = await s.call("DELETE", `/v1/factchecks/${marked.factcheckId}`, { key: org.editor });
    expect(del.status).toBe(204);
    expect((await read(claim.id)).previouslyChecked).toBeNull();
  });

  it("never marks another organisation's claims", async () => {
    const other = await organization(s, "Other");
    const theirs = withValue(await ingest(GLOBEX, "2025-06-01", other.editor), 4.2e9);
    await importReview(review("https://checks.example/globex", "Globex earned $4.2bn from Europe"));
    expect(
      (await (await s.call("GET", `/v1/claims/${theirs.id}`, { key: other.viewer })).json()) as any,
    ).toMatchObject({ previouslyChecked: null });
  });

  it("marks the repeats already stored when a claim is resolved, and unmarks them when it is reopened", async () => {
    const first = withValue(await ingest(GLOBEX, "2025-06-01"), 4.2e9);
    const again = withValue(
      await ingest(
        "Globex's income from Europe reached $4.2bn in its fiscal year to March 2025.",
        "2025-06-02",
      ),
      4.2e9,
    );
    expect(again.previouslyChecked).toBeNull();
    expect((await resolveWithSource(first.id, "https://planet.example/checks/globex")).status).toBe(
      200,
    );
    expect((await read(again.id)).previouslyChecked).toMatchObject({
      rating: { label: "True", value: 5 },
      url: "https://planet.example/checks/globex",
    });
    await patchClaim(s, org.editor, first.id, { status: "in_review" });
    expect((await read(again.id)).previouslyChecked).toBeNull();
  });
});

describe("the claim.conflict webhook", () => {
  it("tells a CMS when a new claim's figure conflicts with a stored one", async () => {
    const first = withValue(
      await ingest(
        "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
        "2025-06-01",
      ),
      4.2e9,
    );
    await s.call("POST", "/v1/webhooks", {
      key: org.admin,
      body: { url: "https://cms.example/hooks", events: ["claim.conflict"] },
    });
    const later = withValue(
      await ingest(
        "Globex made $3.1 billion from Europe in the fiscal year ended March 2025.",
        "2025-06-02",
      ),
      3.1e9,
    );
    await ingest(
      "Globex's income from Europe reached $4.2bn in its fiscal year to March 2025.",
      "2025-06-03",
    );
    const got: any[] = [];
    await dispatch(s.db, { send: async ({ body }) => (got.push(JSON.parse(body)), 200) });
    // The repeat of the first figure conflicts with the $3.1 billion too; the first claim came before the hook.
    // Deliveries to one endpoint run side by side, so they may arrive in either order.
    expect(got.map((e) => e.type)).toEqual(["claim.conflict", "claim.conflict"]);
    const aboutLater = got.find((e) => e.data.claim.id === later.id);
    expect(aboutLater?.data.conflictsWith).toEqual([
      { claimId: first.id, pairs: [{ a: "$3.1 billion", b: "$4.2 billion", agree: false }] },
    ]);
    const aboutRepeat = got.find((e) => e.data.claim.id !== later.id);
    expect(aboutRepeat?.data.conflictsWith.map((c: { claimId: string }) => c.claimId)).toContain(
      later.id,
    );
  });
});
