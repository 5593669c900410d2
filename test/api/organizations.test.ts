import { beforeEach, describe, expect, it } from "vitest";
import { organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
beforeEach(async () => {
  s = await service();
});

describe("organisations (operator)", () => {
  it("creates an organisation with an admin key shown once, and lists them page by page", async () => {
    const res = await s.call("POST", "/v1/organizations", { body: { name: "Daily Planet" } });
    expect(res.status).toBe(201);
    const org = (await res.json()) as any;
    expect(org).toMatchObject({
      id: expect.stringMatching(/^org_[0-9A-Z]{26}$/),
      name: "Daily Planet",
      adminKey: expect.stringMatching(/^fdk_/),
    });
    expect(res.headers.get("location")).toBe(`/v1/organizations/${org.id}`);
    const located = await s.call("GET", res.headers.get("location")!);
    expect(located.status).toBe(200);
    expect(await located.json()).toEqual({
      id: org.id,
      name: "Daily Planet",
      createdAt: org.createdAt,
    });
    await problem(await s.call("GET", "/v1/organizations/org_nope"), 404);
    await problem(await s.call("GET", `/v1/organizations/${org.id}`, { key: org.adminKey }), 403);
    for (const name of ["B", "C"]) await s.call("POST", "/v1/organizations", { body: { name } });
    const first = (await (await s.call("GET", "/v1/organizations?limit=2")).json()) as any;
    expect(first.data.map((o: any) => o.name)).toEqual(["Daily Planet", "B"]);
    expect(first.data[0]).not.toHaveProperty("adminKey");
    const second = (await (
      await s.call("GET", `/v1/organizations?limit=2&cursor=${first.nextCursor}`)
    ).json()) as any;
    expect(second).toEqual({ data: [expect.objectContaining({ name: "C" })], nextCursor: null });
  });

  it("names a missing name, and rejects a bad cursor and limit", async () => {
    expect(
      (await problem(await s.call("POST", "/v1/organizations", { body: {} }), 422)).errors[0].path,
    ).toBe("name");
    expect(
      (await problem(await s.call("GET", "/v1/organizations?cursor=nonsense"), 400)).errors[0].path,
    ).toBe("cursor");
    expect(
      (await problem(await s.call("GET", "/v1/organizations?limit=500"), 422)).errors[0].path,
    ).toBe("limit");
  });
});

describe("keys (admin)", () => {
  it("creates keys of each role, lists them without secrets, and revokes at once", async () => {
    const org = await organization(s);
    const res = await s.call("POST", "/v1/keys", {
      key: org.admin,
      body: { name: "CMS", role: "viewer" },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as any;
    expect(created).toMatchObject({
      id: expect.stringMatching(/^key_/),
      name: "CMS",
      role: "viewer",
      key: expect.stringMatching(/^fdk_/),
    });
    expect((await s.call("GET", "/v1/claims", { key: created.key })).status).toBe(200);

    const list = (await (await s.call("GET", "/v1/keys", { key: org.admin })).json()) as any;
    expect(list.data.map((k: any) => k.role)).toEqual(["admin", "editor", "viewer", "viewer"]);
    expect(JSON.stringify(list)).not.toContain("fdk_");

    expect((await s.call("DELETE", `/v1/keys/${created.id}`, { key: org.admin })).status).toBe(204);
    await problem(await s.call("GET", "/v1/claims", { key: created.key }), 401);
    await problem(await s.call("DELETE", `/v1/keys/${created.id}`, { key: org.admin }), 404);
  });

  it("cannot mint operator keys or reach another organisation's keys", async () => {
    const a = await organization(s, "A");
    const b = await organization(s, "B");
    expect(
      (
        await problem(
          await s.call("POST", "/v1/keys", { key: a.admin, body: { name: "x", role: "operator" } }),
          422,
        )
      ).errors[0].path,
    ).toBe("role");
    const keysOfB = (await (await s.call("GET", "/v1/keys", { key: b.admin })).json()) as any;
    await problem(await s.call("DELETE", `/v1/keys/${keysOfB.data[0].id}`, { key: a.admin }), 404);
  });
});

describe("authentication", () => {
  it("answers a missing, malformed or unknown key with 401", async () => {
    await problem(await s.call("GET", "/v1/claims", { key: null }), 401);
    await problem(
      await s.call("GET", "/v1/claims", { key: null, headers: { authorization: "Basic abc" } }),
      401,
    );
    await problem(await s.call("GET", "/v1/claims", { key: "fdk_unknown" }), 401);
  });

  it("names the scheme it wants in WWW-Authenticate, and says when the key itself was refused", async () => {
    expect((await s.call("GET", "/v1/claims", { key: null })).headers.get("www-authenticate")).toBe(
      'Bearer realm="factdesk"',
    );
    expect(
      (await s.call("GET", "/v1/claims", { key: "fdk_unknown" })).headers.get("www-authenticate"),
    ).toBe('Bearer realm="factdesk", error="invalid_token"');
  });
});
