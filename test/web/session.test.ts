// Signing in to the desk: a session cookie that never carries the key, CSRF on every form, sign-out that
// ends the session for good.
import { beforeEach, describe, expect, it } from "vitest";
import { deskUser } from "../helpers/desk.js";
import { OPERATOR_KEY, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

describe("signing in", () => {
  it("sends a visitor without a session to the sign-in page", async () => {
    const res = await deskUser(s).get("/app/claims/clm_x");
    expect(res.status).toBe(303);
    expect(res.location).toBe("/app/login?next=%2Fapp%2Fclaims%2Fclm_x");
    const form = await deskUser(s).get("/app/login");
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<form[^>]*action="\/app\/login"/);
    expect(form.html).toContain('name="key"');
  });

  it("starts a signed, HttpOnly, SameSite=Lax, expiring session that does not carry the key", async () => {
    const user = deskUser(s);
    const res = await user.post("/app/login", { key: org.editor, _csrf: null });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/app");
    const [cookie] = res.setCookie;
    expect(cookie).toMatch(/^factdesk_session=[^;]+\.[^;]+;/); // token.signature
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toContain(org.editor);
    expect(cookie).not.toMatch(/Secure/); // plain http here; over https it is Secure
    expect((await user.get("/app")).status).toBe(200);
  });

  it("marks the cookie Secure over HTTPS", async () => {
    const res = await s.app.request("https://desk.example/app/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ key: org.viewer }).toString(),
    });
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("returns to the page that asked for sign-in, never to another site", async () => {
    const user = deskUser(s);
    const back = await user.post("/app/login", {
      key: org.editor,
      next: "/app/factchecks",
      _csrf: null,
    });
    expect(back.location).toBe("/app/factchecks");
    const away = await deskUser(s).post("/app/login", {
      key: org.editor,
      next: "//evil.example/",
      _csrf: null,
    });
    expect(away.location).toBe("/app");
  });

  it("refuses a wrong key with 401, the form again and no cookie", async () => {
    const res = await deskUser(s).post("/app/login", { key: "fdk_not_a_key", _csrf: null });
    expect(res.status).toBe(401);
    expect(res.setCookie).toEqual([]);
    expect(res.html).toContain("unknown or revoked");
    expect(res.html).toContain('name="key"');
  });

  it("refuses the operator key, which belongs to no organisation", async () => {
    const res = await deskUser(s).post("/app/login", { key: OPERATOR_KEY, _csrf: null });
    expect(res.status).toBe(403);
    expect(res.setCookie).toEqual([]);
  });

  it("does not open a session for a forged or tampered cookie", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const real = user.cookie;
    user.cookie = real.replace(/=(.)/, (_m, ch) => `=${ch === "A" ? "B" : "A"}`);
    expect((await user.get("/app")).status).toBe(303);
  });
});

describe("CSRF", () => {
  it("puts a token in every form and refuses a POST without it: 403, nothing changed", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const page = await user.get("/app/articles");
    const forms = page.html.match(/<form[^>]*method="post"[\s\S]*?<\/form>/g) ?? [];
    expect(forms.length).toBeGreaterThan(1);
    for (const f of forms) expect(f).toContain('name="_csrf"');
    const forged = await user.post("/app/articles", {
      _csrf: null,
      text: "Output rose 5% in 2023.",
      publishedAt: "2024-01-02",
    });
    expect(forged.status).toBe(403);
    const wrong = await user.post("/app/articles", {
      _csrf: "not-the-token",
      text: "Output rose 5% in 2023.",
      publishedAt: "2024-01-02",
    });
    expect(wrong.status).toBe(403);
    const list = await s.call("GET", "/v1/articles", { key: org.editor });
    expect(((await list.json()) as { data: unknown[] }).data).toEqual([]);
  });
});

describe("signing out", () => {
  it("ends the session: the old cookie no longer opens the desk", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const kept = user.cookie;
    const out = await user.post("/app/logout", {});
    expect(out.status).toBe(303);
    expect(out.location).toBe("/app/login");
    user.cookie = kept;
    expect((await user.get("/app")).status).toBe(303);
  });

  it("ends every session of a revoked key", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const keys = (await (await s.call("GET", "/v1/keys", { key: org.admin })).json()) as {
      data: { id: string; role: string }[];
    };
    const editor = keys.data.find((k) => k.role === "editor")!;
    expect((await s.call("DELETE", `/v1/keys/${editor.id}`, { key: org.admin })).status).toBe(204);
    expect((await user.get("/app")).status).toBe(303);
  });
});
