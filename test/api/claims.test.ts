import { beforeEach, describe, expect, it } from "vitest";
import { ingest, organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
let article: any;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
  article = (await ingest(s, org.editor)).body;
});
const find = async (q: string) => {
  const res = await s.call("GET", `/v1/claims${q}`, { key: org.viewer });
  expect(res.status).toBe(200);
  return ((await res.json()) as any).data.map((c: any) => c.text.slice(0, 20));
};

describe("GET /v1/claims", () => {
  it("finds claims by article, kind, text, figure type and period", async () => {
    expect(await find(`?articleId=${article.id}`)).toHaveLength(5);
    expect(await find("?q=net%20loss")).toEqual(["Calder reported a ne"]);
    expect(await find("?q=100%25")).toEqual([]);
    expect(await find("?q=STEEL%20pric")).toEqual(["Steel prices fell 18"]);
    expect(await find("?q=%22calder%22%20OR%20x")).toEqual([]); // FTS operators in the input are plain words
    expect(await find("?quantityType=percent")).toEqual(["Steel prices fell 18"]);
    expect(await find("?quantityType=measure")).toEqual(["imports rose to 4.2 "]);
    expect(await find("?periodFrom=2019-01-01&periodTo=2019-12-31")).toEqual([
      "The Competition Auth",
    ]);
    expect(await find("?periodFrom=2024-03-01&periodTo=2024-03-31")).toEqual([
      "Calder reported a ne",
    ]);
    expect(await find("?status=new")).toHaveLength(5);
    expect(await find("?status=resolved")).toEqual([]);
    const kinds = article.claims.map((c: any) => c.kind);
    expect(await find(`?kind=${kinds[0]}`)).toContain("Northgate Steel agre");
  });

  it("refuses a search with no word in it (q=%00 never matches every claim), naming q", async () => {
    for (const q of ["%00", "%20", "%25%25", "%22%22"]) {
      expect(
        (await problem(await s.call("GET", `/v1/claims?q=${q}`, { key: org.viewer }), 422))
          .errors[0].path,
      ).toBe("q");
    }
  });

  it("searches another organisation's claims never", async () => {
    const other = await organization(s, "Other");
    const res = await s.call("GET", "/v1/claims?q=steel", { key: other.viewer });
    expect(((await res.json()) as any).data).toEqual([]);
  });

  it("filters by check-worthiness", async () => {
    const scores: number[] = article.claims
      .map((c: any) => c.checkworthiness)
      .sort((a: number, b: number) => a - b);
    const atLeast = (min: number) =>
      article.claims
        .filter((c: any) => c.checkworthiness >= min)
        .map((c: any) => c.text.slice(0, 20))
        .sort();
    expect((await find(`?minCheckworthiness=${scores[1]}`)).sort()).toEqual(atLeast(scores[1]!));
    expect(atLeast(scores[1]!)).toHaveLength(scores.length - 1);
    expect((await find(`?minCheckworthiness=${scores.at(-2)}`)).sort()).toEqual(
      atLeast(scores.at(-2)!),
    );
  });

  it("pages through claims in a stable order", async () => {
    const seen: string[] = [];
    let cursor = "";
    do {
      const res = (await (
        await s.call("GET", `/v1/claims?limit=3${cursor ? `&cursor=${cursor}` : ""}`, {
          key: org.viewer,
        })
      ).json()) as any;
      seen.push(...res.data.map((c: any) => c.id));
      cursor = res.nextCursor ?? "";
    } while (cursor);
    expect(seen).toEqual(article.claims.map((c: any) => c.id));
  });

  it("lists the most check-worthy claims first, page by page, for a checker's queue", async () => {
    await ingest(s, org.editor); // a second article, so scores tie and pages cross articles
    const pages: any[][] = [];
    let cursor = "";
    do {
      const res = await s.call(
        "GET",
        `/v1/claims?sort=-checkworthiness&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        { key: org.viewer },
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      pages.push(body.data);
      cursor = body.nextCursor ?? "";
    } while (cursor);
    const seen = pages.flat();
    expect(seen).toHaveLength(2 * article.claims.length);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const scores = seen.map((c) => c.checkworthiness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const top = Math.max(...article.claims.map((c: any) => c.checkworthiness));
    expect(pages[0]![0].checkworthiness).toBe(top);
  });

  it("keeps filters in check-worthiness order", async () => {
    const scores = article.claims
      .map((c: any) => c.checkworthiness)
      .sort((a: number, b: number) => b - a);
    const res = await s.call(
      "GET",
      `/v1/claims?sort=-checkworthiness&minCheckworthiness=${scores[1]}`,
      { key: org.viewer },
    );
    expect(((await res.json()) as any).data.map((c: any) => c.checkworthiness)).toEqual(
      scores.filter((x: number) => x >= scores[1]),
    );
  });

  it("refuses a cursor from the other order", async () => {
    const created = (await (
      await s.call("GET", "/v1/claims?limit=1", { key: org.viewer })
    ).json()) as any;
    const res = await s.call(
      "GET",
      `/v1/claims?sort=-checkworthiness&cursor=${created.nextCursor}`,
      { key: org.viewer },
    );
    expect((await problem(res, 400)).errors[0].path).toBe("cursor");
    const byScore = (await (
      await s.call("GET", "/v1/claims?sort=-checkworthiness&limit=1", { key: org.viewer })
    ).json()) as any;
    expect(
      (
        await problem(
          await s.call("GET", `/v1/claims?cursor=${byScore.nextCursor}`, { key: org.viewer }),
          400,
        )
      ).errors[0].path,
    ).toBe("cursor");
  });

  it.each([
    ["?sort=checkworthiness", "sort"],
    ["?minCheckworthiness=2", "minCheckworthiness"],
    ["?status=maybe", "status"],
    ["?periodFrom=yesterday", "periodFrom"],
    ["?quantityType=vibes", "quantityType"],
  ])("rejects %s naming the field", async (q, field) => {
    expect(
      (await problem(await s.call("GET", `/v1/claims${q}`, { key: org.viewer }), 422)).errors[0]
        .path,
    ).toBe(field);
  });
});

describe("GET /v1/claims/{id}", () => {
  it("returns the claim with its version as ETag", async () => {
    const id = article.claims[1].id;
    const res = await s.call("GET", `/v1/claims/${id}`, { key: org.viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(await res.json()).toEqual(article.claims[1]);
  });

  it("answers an unknown id with 404", async () => {
    await problem(await s.call("GET", "/v1/claims/clm_nope", { key: org.viewer }), 404);
  });
});
