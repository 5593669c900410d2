// Input that would turn the API against its readers: links that run script, markup that closes the
// <script> element it is embedded in, and a CMS retrying one article twenty times at once.
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
const text = "Acme Corp said revenue rose 12% to $4.1 billion in 2024.";

describe("links that are not http(s)", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "vbscript:msgbox",
  ])(
    "%s is refused as an article url, a source url and a review URL, each naming its field",
    async (url) => {
      const article = await s.call("POST", "/v1/articles", {
        key: org.editor,
        body: { text, publishedAt: "2025-01-10", url },
      });
      expect((await problem(article, 422)).errors[0].path).toBe("url");
      const claimId = (await ingest(s, org.editor)).body.claims[0].id;
      const source = await s.call("POST", `/v1/claims/${claimId}/sources`, {
        key: org.editor,
        body: { url, stance: "supports" },
      });
      expect((await problem(source, 422)).errors[0].path).toBe("url");
      const etag = (await s.call("GET", `/v1/claims/${claimId}`, { key: org.editor })).headers.get(
        "etag",
      )!;
      const review = await s.call("PATCH", `/v1/claims/${claimId}`, {
        key: org.editor,
        body: { reviewUrl: url },
        headers: { "if-match": etag },
      });
      expect((await problem(review, 422)).errors[0].path).toBe("reviewUrl");
    },
  );
});

describe("ClaimReview meant for embedding in a page", () => {
  it("escapes </script> and line separators in claim text, and stays the same JSON", async () => {
    const hostile =
      "Acme said </script><script>alert(1)</script> revenue rose 12% to $4.1 billion in 2024.\u2028";
    const article = (await (
      await s.call("POST", "/v1/articles", {
        key: org.editor,
        body: { text: hostile, publishedAt: "2025-01-10" },
      })
    ).json()) as any;
    const claim = article.claims[0];
    const path = `/v1/claims/${claim.id}`;
    const step = (body: unknown) => patchClaim(s, org.editor, claim.id, body);
    await step({ status: "in_review" });
    await s.call("POST", `${path}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/a", stance: "refutes" },
    });
    expect(
      (
        await step({
          status: "resolved",
          verdict: "false",
          reviewUrl: "https://planet.example/check",
        })
      ).status,
    ).toBe(200);
    for (const url of [`${path}/claimreview`, `/v1/articles/${article.id}/claimreview`]) {
      const raw = await (await s.call("GET", url, { key: org.viewer })).text();
      expect(raw).not.toMatch(/<\/script|<script|\u2028/i);
      expect(raw).toContain("\\u003c/script\\u003e");
      expect(JSON.stringify(JSON.parse(raw))).toContain(claim.text.slice(0, 20));
    }
  });
});

describe("twenty concurrent ingests with one externalId", () => {
  it("store one article: one 201, the rest 200 with that same article", async () => {
    const body = { text, publishedAt: "2025-01-10", externalId: "race-1" };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => s.call("POST", "/v1/articles", { key: org.editor, body })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((c) => c === 201)).toHaveLength(1);
    expect(statuses.filter((c) => c === 200)).toHaveLength(19);
    const ids = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as any).id)));
    expect(ids.size).toBe(1);
    const list = (await (await s.call("GET", "/v1/articles", { key: org.viewer })).json()) as any;
    expect(list.data).toHaveLength(1);
  });
});
