import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.js";
import { ingest, organization, problem, type Service, STORY, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

describe("POST /v1/articles", () => {
  it("stores the article with the claims extracted from it", async () => {
    const { res, body } = await ingest(s, org.editor, {
      title: "Steel merger",
      outlet: "Daily Planet",
      author: "M. Ortega",
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/v1/articles/${body.id}`);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^art_/),
      text: STORY,
      publishedAt: "2024-08-20",
      title: "Steel merger",
      outlet: "Daily Planet",
      author: "M. Ortega",
      externalId: null,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(body.claims.map((c: any) => c.text.slice(0, 20))).toEqual([
      "Northgate Steel agre",
      "Steel prices fell 18",
      "imports rose to 4.2 ",
      "Calder reported a ne",
      "The Competition Auth",
    ]);
    const first = body.claims[0];
    expect(first).toMatchObject({
      id: expect.stringMatching(/^clm_/),
      articleId: body.id,
      status: "new",
      version: 1,
    });
    expect(first.quantities[0]).toMatchObject({ type: "money", value: 4.6e9, unit: "USD" });
    expect(STORY.slice(first.span.start, first.span.end)).toBe(first.text);
  });

  it("returns the stored article for a repeated externalId instead of a duplicate", async () => {
    const first = await ingest(s, org.editor, { externalId: "cms-42" });
    const again = await ingest(s, org.editor, {
      externalId: "cms-42",
      text: "Something else entirely happened in 2020.",
    });
    expect(again.res.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.claims).toHaveLength(5);
    const list = (await (await s.call("GET", "/v1/articles", { key: org.viewer })).json()) as any;
    expect(list.data).toHaveLength(1);
  });

  it.each([
    [{ publishedAt: "2024-08-20" }, "text"],
    [{ text: "", publishedAt: "2024-08-20" }, "text"],
    [{ text: "Prices rose 3%." }, "publishedAt"],
    [{ text: "Prices rose 3%.", publishedAt: "20 August" }, "publishedAt"],
    [{ text: "Prices rose 3%.", publishedAt: "2024-08-20", url: "not a url" }, "url"],
  ])("rejects %j naming %s, storing nothing", async (body, field) => {
    const p = await problem(await s.call("POST", "/v1/articles", { key: org.editor, body }), 422);
    expect(p.errors.map((e: any) => e.path)).toContain(field);
    expect(
      ((await (await s.call("GET", "/v1/articles", { key: org.viewer })).json()) as any).data,
    ).toEqual([]);
  });

  it("rejects malformed JSON and oversized bodies", async () => {
    await problem(
      await s.call("POST", "/v1/articles", {
        key: org.editor,
        raw: "{",
        headers: { "content-type": "application/json" },
      }),
      400,
    );
    await problem(
      await s.call("POST", "/v1/articles", {
        key: org.editor,
        body: { text: "x".repeat(2_200_000), publishedAt: "2024-08-20" },
      }),
      413,
    );
  });

  it("is atomic: a failure after the article insert leaves nothing behind", async () => {
    // A database whose ingest batches (article, claims, quantities) fail right after the article insert.
    const failing = (db: Database): Database =>
      new Proxy(db, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver);
          if (prop !== "$client") return value;
          return new Proxy(value, {
            get(client, name, r) {
              const original = Reflect.get(client, name, r);
              if (name !== "batch")
                return typeof original === "function" ? original.bind(client) : original;
              return (statements: unknown[], mode: string) =>
                original.call(
                  client,
                  statements.length < 3
                    ? statements
                    : [
                        statements[0],
                        "INSERT INTO no_such_table VALUES (1)",
                        ...statements.slice(1),
                      ],
                  mode,
                );
            },
          });
        },
      });
    const broken = await service(failing);
    const o = await organization(broken);
    const res = await broken.call("POST", "/v1/articles", {
      key: o.editor,
      body: { text: STORY, publishedAt: "2024-08-20" },
    });
    expect(res.status).toBe(500);
    for (const table of ["articles", "claims", "quantities"]) {
      const rows = await broken.db.all(sql.raw(`SELECT count(*) AS n FROM ${table}`));
      expect(rows, table).toEqual([{ n: 0 }]);
    }
  });
});

describe("reading and deleting articles", () => {
  it("lists with filters and pages, and gets one with its claims", async () => {
    const a = (
      await ingest(s, org.editor, { url: "https://news.example/a", publishedAt: "2024-01-10" })
    ).body;
    const b = (
      await ingest(s, org.editor, { url: "https://news.example/b", publishedAt: "2024-06-10" })
    ).body;
    const list = async (q: string) =>
      (await (await s.call("GET", `/v1/articles${q}`, { key: org.viewer })).json()) as any;
    expect((await list("?publishedAfter=2024-03-01")).data.map((x: any) => x.id)).toEqual([b.id]);
    expect((await list("?publishedBefore=2024-03-01")).data.map((x: any) => x.id)).toEqual([a.id]);
    expect((await list("?url=https://news.example/b")).data.map((x: any) => x.id)).toEqual([b.id]);
    const p1 = await list("?limit=1");
    expect(p1.data[0]).not.toHaveProperty("claims");
    expect((await list(`?limit=1&cursor=${p1.nextCursor}`)).data.map((x: any) => x.id)).toEqual([
      b.id,
    ]);
    const got = await s.call("GET", `/v1/articles/${a.id}`, { key: org.viewer });
    expect(((await got.json()) as any).claims).toHaveLength(5);
  });

  it("deletes an article and its claims (admin)", async () => {
    const a = (await ingest(s, org.editor)).body;
    expect((await s.call("DELETE", `/v1/articles/${a.id}`, { key: org.admin })).status).toBe(204);
    await problem(await s.call("GET", `/v1/articles/${a.id}`, { key: org.viewer }), 404);
    await problem(await s.call("GET", `/v1/claims/${a.claims[0].id}`, { key: org.viewer }), 404);
    await problem(await s.call("DELETE", `/v1/articles/${a.id}`, { key: org.admin }), 404);
  });

  it("answers another organisation's ids with 404", async () => {
    const other = await organization(s, "Other");
    const a = (await ingest(s, org.editor)).body;
    await problem(await s.call("GET", `/v1/articles/${a.id}`, { key: other.viewer }), 404);
    await problem(await s.call("DELETE", `/v1/articles/${a.id}`, { key: other.admin }), 404);
    await problem(await s.call("GET", `/v1/claims/${a.claims[0].id}`, { key: other.viewer }), 404);
    expect(
      ((await (await s.call("GET", "/v1/claims", { key: other.viewer })).json()) as any).data,
    ).toEqual([]);
    expect(
      ((await (await s.call("GET", "/v1/articles", { key: other.viewer })).json()) as any).data,
    ).toEqual([]);
  });
});
