// Idempotency-Key: a CMS retrying a POST gets the first response back, never a second article — and no
// caller gets through a replay what its own key's role would refuse, or a secret kept in plain text.
import { beforeEach, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../../db/schema.js";
import { callerByHash } from "../../src/store/organizations.js";
import { sha256Hex } from "../../src/store/secrets.js";
import { organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});
const body = {
  text: "Globex shipped 1.2 million units in the third quarter of 2024.",
  publishedAt: "2024-11-05",
};
const post = (path: string, key: string, payload: unknown, idempotencyKey: string) =>
  s.call("POST", path, { key, body: payload, headers: { "idempotency-key": idempotencyKey } });
const keyIdOf = async (key: string) => (await callerByHash(s.db, await sha256Hex(key)))!.keyId;
const articles = async () =>
  ((await (await s.call("GET", "/v1/articles", { key: org.viewer })).json()) as any).data;

describe("Idempotency-Key", () => {
  it("replays the first response for a repeat with the same body", async () => {
    const first = await post("/v1/articles", org.editor, body, "cms-42");
    const again = await post("/v1/articles", org.editor, body, "cms-42");
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(await again.json()).toEqual(await first.json());
    expect(await articles()).toHaveLength(1);
  });

  it("refuses the same key with another body (422) and a repeat while the first runs (409)", async () => {
    await post("/v1/articles", org.editor, body, "cms-43");
    await problem(
      await post("/v1/articles", org.editor, { ...body, text: `${body.text} More.` }, "cms-43"),
      422,
    );
    const running = {
      orgId: org.id,
      keyId: await keyIdOf(org.editor),
      requestHash: "x",
      state: "running" as const,
    };
    await s.db
      .insert(idempotencyKeys)
      .values({ ...running, key: "cms-44", createdAt: new Date().toISOString() });
    await problem(await post("/v1/articles", org.editor, body, "cms-44"), 409);
  });

  it("takes over a key left running by a request that crashed, once the request timeout has passed", async () => {
    const running = {
      orgId: org.id,
      keyId: await keyIdOf(org.editor),
      requestHash: "x",
      state: "running" as const,
    };
    await s.db.insert(idempotencyKeys).values({
      ...running,
      key: "crashed",
      createdAt: new Date(Date.now() - 61_000).toISOString(),
    });
    const res = await post("/v1/articles", org.editor, body, "crashed");
    expect(res.status).toBe(201);
    expect(
      (await post("/v1/articles", org.editor, body, "crashed")).headers.get("idempotent-replayed"),
    ).toBe("true");
    expect(await articles()).toHaveLength(1);
  });

  it("keeps keys per organisation and for 24 hours", async () => {
    const other = await organization(s, "Other");
    await post("/v1/articles", org.editor, body, "shared");
    const theirs = await post("/v1/articles", other.editor, body, "shared");
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    const old = {
      orgId: org.id,
      keyId: await keyIdOf(org.editor),
      requestHash: "x",
      state: "done" as const,
      status: 201,
      body: "{}",
    };
    await s.db.insert(idempotencyKeys).values({
      ...old,
      key: "old",
      createdAt: new Date(Date.now() - 25 * 3600_000).toISOString(),
    });
    const fresh = await post("/v1/articles", org.editor, body, "old");
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();
  });

  it("rejects a malformed key", async () => {
    expect(
      (await problem(await post("/v1/articles", org.editor, body, "has spaces"), 400)).errors[0]
        .path,
    ).toBe("Idempotency-Key");
  });
});

describe("a replay never grants what the caller's role refuses", () => {
  it("a viewer sending the admin's key value and body gets 403 and no API key", async () => {
    const admin = await post("/v1/keys", org.admin, { name: "ci", role: "admin" }, "sec-1");
    expect(admin.status).toBe(201);
    const viewer = await post("/v1/keys", org.viewer, { name: "ci", role: "admin" }, "sec-1");
    expect(await viewer.clone().text()).not.toMatch(/fdk_/);
    await problem(viewer, 403);
  });

  it("an editor replaying a webhook registration gets 403 and no signing secret", async () => {
    const hook = { url: "https://hooks.example.com/a", events: ["source.added"] };
    expect((await post("/v1/webhooks", org.admin, hook, "sec-2")).status).toBe(201);
    const editor = await post("/v1/webhooks", org.editor, hook, "sec-2");
    expect(await editor.clone().text()).not.toMatch(/whsec_/);
    await problem(editor, 403);
  });

  it("a viewer's 403 is not replayed to the admin who sends the same key", async () => {
    await problem(await post("/v1/keys", org.viewer, { name: "x", role: "viewer" }, "sec-3"), 403);
    const admin = await post("/v1/keys", org.admin, { name: "x", role: "viewer" }, "sec-3");
    expect(admin.status).toBe(201);
    expect(admin.headers.get("idempotent-replayed")).toBeNull();
  });

  it("another key of the same role and organisation runs its own request", async () => {
    const second = (
      (await (
        await post("/v1/keys", org.admin, { name: "second", role: "editor" }, "mint")
      ).json()) as any
    ).key;
    await post("/v1/articles", org.editor, body, "same");
    const res = await post("/v1/articles", second, body, "same");
    expect(res.headers.get("idempotent-replayed")).toBeNull();
    expect(await articles()).toHaveLength(2);
  });
});

describe("secrets in stored responses", () => {
  it("a replayed key creation names the same key but not its secret, and the database keeps no secret", async () => {
    const first = await post("/v1/keys", org.admin, { name: "cms", role: "viewer" }, "k1");
    const again = await post("/v1/keys", org.admin, { name: "cms", role: "viewer" }, "k1");
    const [a, b] = [(await first.json()) as any, (await again.json()) as any];
    expect(a.key).toMatch(/^fdk_/);
    expect(b.id).toBe(a.id);
    expect(b.key).not.toMatch(/fdk_/);
    expect(b.key).toMatch(/redacted/);
    const hook = await post(
      "/v1/webhooks",
      org.admin,
      { url: "https://hooks.example.com/b", events: ["claim.updated"] },
      "w1",
    );
    expect(((await hook.json()) as any).secret).toMatch(/^whsec_/);
    const org2 = await s.call("POST", "/v1/organizations", {
      body: { name: "Third" },
      headers: { "idempotency-key": "o1" },
    });
    expect(((await org2.json()) as any).adminKey).toMatch(/^fdk_/);
    const stored = JSON.stringify(await s.db.select().from(idempotencyKeys));
    expect(stored).not.toMatch(/fdk_|whsec_/);
  });

  it("responses carrying a secret are never cached, and no response is sniffed", async () => {
    const res = await post("/v1/keys", org.admin, { name: "cms", role: "viewer" }, "k2");
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
