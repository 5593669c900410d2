import { beforeEach, describe, expect, it } from "vitest";
import { PROBLEM_CODES, type ProblemCode, problemType } from "../../src/api/errors/index.js";
import { extractClaims } from "../../src/extract/index.js";
import { organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let viewer: string;
beforeEach(async () => {
  s = await service();
  viewer = (await organization(s)).viewer;
});
const post = (raw: string, type = "application/json", key: string | null = viewer) =>
  s.call("POST", "/v1/extract", { key, raw, headers: { "content-type": type } });

describe("POST /v1/extract", () => {
  it("returns exactly what the CLI prints for the same input, storing nothing", async () => {
    const input = {
      text: "Exports rose 4% to $2.1 billion last year, officials said.",
      publishedAt: "2025-08-20",
    };
    const res = await post(JSON.stringify(input));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(extractClaims(input))));
    const list = await s.call("GET", "/v1/articles", { key: viewer });
    expect(((await list.json()) as any).data).toEqual([]);
  });

  it("needs a key", async () => {
    await problem(await post(JSON.stringify({ text: "x" }), "application/json", null), 401);
  });

  it("names the field that is wrong", async () => {
    const body = await problem(
      await post(JSON.stringify({ text: 42, publishedAt: "last Tuesday" })),
      422,
    );
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "publishedAt",
      "text",
    ]);
  });

  it("rejects malformed JSON with 400", async () => {
    await problem(await post('{"text": '), 400);
  });

  it("rejects a body that is not JSON with 415", async () => {
    await problem(await post("Exports rose 4%.", "text/plain"), 415);
  });

  it("rejects bodies over 2 MB with 413", async () => {
    await problem(await post(JSON.stringify({ text: "a".repeat(2 * 1024 * 1024 + 10) })), 413);
  });
});

describe("service basics", () => {
  it("answers /healthz without a key", async () => {
    const res = await s.call("GET", "/healthz", { key: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers unknown routes with a 404 problem", async () => {
    const body = await problem(await s.call("GET", "/v1/nothing-here"), 404);
    expect(body.instance).toBe("/v1/nothing-here");
  });

  it("publishes an OpenAPI 3.1 document generated from the route contracts, without a key", async () => {
    const res = await s.call("GET", "/openapi.json", { key: null });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/v1/extract"].post.responses).toHaveProperty("422");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/articles",
        "/v1/articles/{id}",
        "/v1/claims",
        "/v1/claims/{id}",
        "/v1/keys",
        "/v1/organizations",
      ]),
    );
    expect(doc.components.securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer" });
  });

  it("serves a reference at /docs that loads nothing from elsewhere (it works offline)", async () => {
    const res = await s.call("GET", "/docs", { key: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain("/openapi.json");
    expect(page).toMatch(/<code>\/v1\/claims\/\{id\}<\/code>/);
    expect(page).toContain("Break a text into dated, checkable claims");
    expect(page).not.toMatch(/<script|https?:\/\/(?!schema)/i);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });
});

describe("the error vocabulary", () => {
  it("gives every problem a stable code and type from one table, also listed in the OpenAPI document", async () => {
    const s2 = await service();
    const res = await s2.call("GET", "/v1/claims/clm_nope", { key: null });
    const body = await problem(res, 401);
    expect(body).toMatchObject({
      code: "unauthorized",
      type: "https://factdesk.dev/problems/unauthorized",
    });
    const types = Object.keys(PROBLEM_CODES).map((c) => problemType(c as ProblemCode));
    expect(new Set(types).size).toBe(types.length);
    const doc = (await (await s2.call("GET", "/openapi.json", { key: null })).json()) as any;
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual(Object.keys(PROBLEM_CODES));
  });
});
