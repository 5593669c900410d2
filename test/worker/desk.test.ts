// The desk on Workers: the same pages from the same app, sessions and their signing secret in D1.
import { applyD1Migrations, env, SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";

const BASE = "https://factdesk.test";
const OPERATOR = "fdk_worker_operator";
const json = async (method: string, path: string, key: string, body?: unknown) =>
  (await (
    await SELF.fetch(BASE + path, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    })
  ).json()) as any;
const form = (fields: Record<string, string>, cookie = "") =>
  ({
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams(fields).toString(),
  }) as RequestInit;

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe("the desk on Workers", () => {
  it("signs in, shows the queue and an article with its claims marked, and takes a change by form", async () => {
    const org = await json("POST", "/v1/organizations", OPERATOR, { name: "Edge Desk" });
    const article = await json("POST", "/v1/articles", org.adminKey, {
      text: "Northgate Steel agreed to buy Calder Metals for $4.6 billion in cash.\nSteel prices fell 18% in 2023.",
      publishedAt: "2024-08-20",
    });

    const login = await SELF.fetch(`${BASE}/app/login`, form({ key: org.adminKey }));
    expect(login.status).toBe(303);
    const setCookie = login.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/); // https on the edge
    const cookie = setCookie.split(";")[0]!;

    const queue = await (await SELF.fetch(`${BASE}/app`, { headers: { cookie } })).text();
    expect(queue).toContain("$4.6 billion");
    const page = await (
      await SELF.fetch(`${BASE}/app/articles/${article.id}`, { headers: { cookie } })
    ).text();
    expect(page.match(/<mark data-claim-id=/g)).toHaveLength(article.claims.length);

    const claim = article.claims[0];
    const claimPage = await (
      await SELF.fetch(`${BASE}/app/claims/${claim.id}`, { headers: { cookie } })
    ).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(claimPage)![1]!;
    const forged = await SELF.fetch(
      `${BASE}/app/claims/${claim.id}`,
      form({ version: "1", status: "dismissed" }, cookie),
    );
    expect(forged.status).toBe(403);
    const saved = await SELF.fetch(
      `${BASE}/app/claims/${claim.id}`,
      form({ _csrf: csrf, version: "1", status: "in_review", assignee: "edge" }, cookie),
    );
    expect(saved.status).toBe(303);
    expect(await json("GET", `/v1/claims/${claim.id}`, org.adminKey)).toMatchObject({
      status: "in_review",
      assignee: "edge",
    });
  });
});
