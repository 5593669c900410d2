import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.js";
import { extractClaims } from "../../src/extract/index.js";

const app = createApp();
const post = (body: string, type = "application/json") =>
  app.request("/v1/extract", { method: "POST", body, headers: { "content-type": type } });

async function problem(res: Response, status: number): Promise<any> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as any;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\//), title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe("POST /v1/extract", () => {
  it("returns exactly what the CLI prints for the same input", async () => {
    const input = { text: "Exports rose 4% to $2.1 billion last year, officials said.", publishedAt: "2025-08-20" };
    const res = await post(JSON.stringify(input));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(extractClaims(input))));
  });

  it("names the field that is wrong", async () => {
    const body = await problem(await post(JSON.stringify({ text: 42, publishedAt: "last Tuesday" })), 422);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["publishedAt", "text"]);
  });

  it("rejects malformed JSON with 400", async () => {
    await problem(await post("{\"text\": "), 400);
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
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers unknown routes with a 404 problem", async () => {
    const body = await problem(await app.request("/v1/nothing-here"), 404);
    expect(body.instance).toBe("/v1/nothing-here");
  });

  it("publishes an OpenAPI 3.1 document generated from the route contracts", async () => {
    const res = await app.request("/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/v1/extract"].post.responses).toHaveProperty("422");
    expect(doc.components.schemas.ExtractedClaim.properties).toHaveProperty("checkworthiness");
  });
});
