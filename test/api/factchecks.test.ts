// Published fact-checks: ClaimReview in (one at a time or NDJSON), the organisation's own published when a
// claim is resolved, and "has this been fact-checked before?" search — each organisation on its own.
import { beforeEach, describe, expect, it } from "vitest";
import {
  ingest,
  organization,
  patchClaim,
  problem,
  type Service,
  service,
} from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

const review = (n: number, claim: string, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/${n}`,
  name: `Fact check ${n}`,
  claimReviewed: claim,
  datePublished: "2025-08-01",
  author: { "@type": "Organization", name: "Example Checks" },
  reviewRating: {
    "@type": "Rating",
    ratingValue: "1",
    bestRating: 5,
    worstRating: 1,
    alternateName: "False",
  },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "A. Poster" },
    datePublished: "2025-07-30T10:00:00Z",
    appearance: [{ "@type": "CreativeWork", url: "https://social.example/p/1" }],
  },
  ...extra,
});
const post = (body: unknown, key = org.editor) => s.call("POST", "/v1/factchecks", { key, body });
const search = async (text: string, key = org.viewer, limit = 5) =>
  (
    (await (
      await s.call("POST", "/v1/factchecks/search", { key, body: { text, limit } })
    ).json()) as any
  ).data;

describe("POST /v1/factchecks", () => {
  it("reads a ClaimReview into a fact-check, and the same url again updates it", async () => {
    const res = await post(
      review(1, "Huawei shipped one million Ascend chips to Chinese banks in 2024."),
    );
    expect(res.status).toBe(201);
    const fc = (await res.json()) as any;
    expect(fc).toMatchObject({
      id: expect.stringMatching(/^fc_/),
      url: "https://factcheck.example/1",
      title: "Fact check 1",
      publisher: "Example Checks",
      datePublished: "2025-08-01",
      rating: { label: "False", value: 1, best: 5, worst: 1 },
      claimant: "A. Poster",
      claimDate: "2025-07-30",
      appearances: ["https://social.example/p/1"],
      claimId: null,
    });
    expect(res.headers.get("location")).toBe(`/v1/factchecks/${fc.id}`);
    const again = await post(review(1, "Huawei shipped two million Ascend chips."));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      id: fc.id,
      claimReviewed: "Huawei shipped two million Ascend chips.",
    });
  });

  it("names what is missing or wrong, and is for editors and admins", async () => {
    const { claimReviewed: _, ...noClaim } = review(2, "x");
    expect((await problem(await post(noClaim), 422)).errors.map((e: any) => e.path)).toEqual([
      "claimReviewed",
    ]);
    expect(
      (await problem(await post(review(2, "x", { url: "javascript:alert(1)" })), 422)).errors[0]
        .path,
    ).toBe("url");
    expect(
      (await problem(await post(review(2, "x", { reviewRating: { ratingValue: "high" } })), 422))
        .errors[0].path,
    ).toBe("reviewRating.ratingValue");
    await problem(await post(review(2, "x"), org.viewer), 403);
  });
});

describe("POST /v1/factchecks/import (NDJSON)", () => {
  it("stores every good line, names each bad one by number, and counts updates", async () => {
    await post(review(4, "Moore Threads raised $1.1 billion."));
    const lines = [
      JSON.stringify(review(3, "Cambricon's revenue grew 4,000% in the first half of 2025.")),
      "{not json",
      "",
      JSON.stringify({ url: "https://factcheck.example/9" }),
      JSON.stringify(review(4, "Moore Threads raised $1.1 billion in Shanghai.")),
    ];
    const res = await s.call("POST", "/v1/factchecks/import", {
      key: org.editor,
      raw: lines.join("\n"),
      headers: { "content-type": "application/x-ndjson" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      imported: 1,
      updated: 1,
      errors: [
        { line: 2, errors: [{ path: "", message: "is not JSON" }] },
        { line: 4, errors: [{ path: "claimReviewed", message: expect.any(String) }] },
      ],
    });
    const list = (await (await s.call("GET", "/v1/factchecks", { key: org.viewer })).json()) as any;
    expect(list.data.map((f: any) => f.url)).toEqual([
      "https://factcheck.example/4",
      "https://factcheck.example/3",
    ]);
    expect(list.data[1]).toMatchObject({
      title: "Fact check 3",
      publisher: "Example Checks",
      rating: { label: "False", value: 1, best: 5, worst: 1 },
      claimant: "A. Poster",
      claimDate: "2025-07-30",
      appearances: ["https://social.example/p/1"],
      claimId: null,
    });
  });
});

describe("GET and DELETE /v1/factchecks", () => {
  it("lists by publisher and age, reads one, deletes one, and never shows another organisation's", async () => {
    const a = (await (
      await post(review(5, "Old claim", { author: "Snopes", datePublished: "2019-01-01" }))
    ).json()) as any;
    await post(review(6, "New claim", { datePublished: new Date().toISOString().slice(0, 10) }));
    const by = async (q: string) =>
      (
        (await (await s.call("GET", `/v1/factchecks${q}`, { key: org.viewer })).json()) as any
      ).data.map((f: any) => f.claimReviewed);
    expect(await by("?publisher=Snopes")).toEqual(["Old claim"]);
    expect(await by("?maxAgeDays=30")).toEqual(["New claim"]);
    expect((await s.call("GET", `/v1/factchecks/${a.id}`, { key: org.viewer })).status).toBe(200);
    const other = await organization(s, "Other");
    await problem(await s.call("GET", `/v1/factchecks/${a.id}`, { key: other.viewer }), 404);
    await problem(await s.call("DELETE", `/v1/factchecks/${a.id}`, { key: other.admin }), 404);
    expect((await s.call("DELETE", `/v1/factchecks/${a.id}`, { key: org.editor })).status).toBe(
      204,
    );
    await problem(await s.call("GET", `/v1/factchecks/${a.id}`, { key: org.viewer }), 404);
  });
});

describe("POST /v1/factchecks/search", () => {
  it("finds the closest fact-check first, by words and figures, within the organisation only", async () => {
    await post(review(7, "Cambricon's revenue grew 4,000% in the first half of 2025."));
    await post(review(8, "Huawei shipped one million Ascend chips to Chinese banks in 2024."));
    await post(review(9, "Moore Threads raised $1.1 billion in its Shanghai listing."));
    const hits = await search("Did Huawei really ship a million Ascend chips to banks?");
    expect(hits[0].factcheck.url).toBe("https://factcheck.example/8");
    expect(hits[0].score).toBeGreaterThan(0);
    expect(
      (await search("Cambricon revenue up 4000 percent in H1 2025", org.viewer, 1)).map(
        (h: any) => h.factcheck.url,
      ),
    ).toEqual(["https://factcheck.example/7"]);
    // A tweet's links are noise, not words to match.
    const tweet =
      "Huawei sent a million Ascend chips to banks?! https://t.co/Xy7Qa9 pic.twitter.com/AbC123";
    expect((await search(tweet))[0].factcheck.url).toBe("https://factcheck.example/8");
    const other = await organization(s, "Other");
    expect(await search("Huawei Ascend chips banks", other.viewer)).toEqual([]);
    expect(await search("the of and")).toEqual([]);
    const empty = await s.call("POST", "/v1/factchecks/search", {
      key: org.viewer,
      body: { text: "  " },
    });
    expect((await problem(empty, 422)).errors[0].path).toBe("text");
    await problem(
      await s.call("POST", "/v1/factchecks/search", {
        key: org.viewer,
        body: { text: "x", limit: 50 },
      }),
      422,
    );
  });

  it("ranks by the words that tell fact-checks apart, and still answers when every word is common", async () => {
    // With one fact-check, the words it shares with the question are in all of it: they still count.
    await post(review(19, "Nvidia made $17.1 billion from China."));
    expect((await search("Did Nvidia really make $17.1 billion?"))[0].factcheck.url).toBe(
      "https://factcheck.example/19",
    );
    for (const [n, who] of ["Acme", "Globex", "Initech", "Umbrella", "Hooli"].entries())
      await post(review(20 + n, `${who} lost $${n + 1} billion in 2024.`));
    const hits = await search("Hooli lost 5 billion dollars");
    expect(hits[0].factcheck.url).toBe("https://factcheck.example/24");
    // "billion" and "lost" are in every one of them: the search still finds them all.
    expect((await search("lost billion")).length).toBe(5);
  });
});

describe("the organisation's own fact-checks", () => {
  it("are published when a claim is resolved with a review URL, withdrawn when it is reopened", async () => {
    const claim = (await ingest(s, org.editor, { outlet: "Daily Planet" })).body.claims[0];
    const path = `/v1/claims/${claim.id}`;
    const patch = (body: unknown) => patchClaim(s, org.editor, claim.id, body);
    await patch({ status: "in_review" });
    await s.call("POST", `${path}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/a", stance: "supports" },
    });
    expect(
      (
        await patch({
          status: "resolved",
          verdict: "mostly_true",
          reviewUrl: "https://planet.example/check/1",
        })
      ).status,
    ).toBe(200);
    const own = async () =>
      ((await (await s.call("GET", "/v1/factchecks", { key: org.viewer })).json()) as any).data;
    expect(await own()).toEqual([
      expect.objectContaining({
        claimId: claim.id,
        url: "https://planet.example/check/1",
        claimReviewed: claim.text,
        publisher: "Newsroom",
        rating: { label: "Mostly true", value: 4, best: 5, worst: 1 },
        claimant: "Daily Planet",
        appearances: ["https://news.example/steel"],
      }),
    ]);
    expect((await search(claim.text))[0].factcheck.claimId).toBe(claim.id);
    await patch({ status: "in_review" });
    expect(await own()).toEqual([]);
    await patch({
      status: "resolved",
      verdict: "false",
      reviewUrl: "https://planet.example/check/1",
    });
    expect((await own()).map((f: any) => f.rating.label)).toEqual(["False"]);
  });
});
