// The queue: claims most check-worthy first, the filters a desk divides its work by, paging, badges.
import { beforeEach, describe, expect, it } from "vitest";
import { deskUser } from "../helpers/desk.js";
import { ingest, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

/** The claim ids of a queue page, in the order shown. */
const rows = (html: string) =>
  [...html.matchAll(/<td><a href="\/app\/claims\/(clm_\w+)">/g)].map((m) => m[1]);

async function signedIn(key = org.editor) {
  const user = deskUser(s);
  await user.signIn(key);
  return user;
}

describe("the queue", () => {
  it("lists claims most check-worthy first, with status, period and kind", async () => {
    const { body } = await ingest(s, org.editor);
    const page = await (await signedIn()).get("/app");
    expect(page.status).toBe(200);
    const expected = [...body.claims]
      .sort((a: any, b: any) => b.checkworthiness - a.checkworthiness)
      .map((c: any) => c.id);
    expect(rows(page.html)).toEqual(expected);
    expect(page.html).toContain("$4.6 billion");
    expect(page.html).toContain('class="badge status-new"');
  });

  it("filters by status, kind, text, assignee and period, and keeps the filters in the form", async () => {
    const { body } = await ingest(s, org.editor);
    const target = body.claims.find((c: any) => c.text.includes("£112m"));
    await s.call("PATCH", `/v1/claims/${target.id}`, {
      key: org.editor,
      headers: { "if-match": `"${target.version}"` },
      body: { status: "in_review", assignee: "ana@news.example" },
    });
    const user = await signedIn();
    expect(rows((await user.get("/app?status=in_review")).html)).toEqual([target.id]);
    expect(rows((await user.get("/app?assignee=ana%40news.example")).html)).toEqual([target.id]);
    const byText = await user.get("/app?q=tonnes");
    expect(rows(byText.html).length).toBeGreaterThan(0);
    expect(byText.html).toContain('value="tonnes"');
    for (const id of rows(byText.html))
      expect(body.claims.find((c: any) => c.id === id).text).toMatch(/tonnes/);
    const fiscal = rows((await user.get("/app?periodFrom=2024-01-01&periodTo=2024-03-31")).html);
    expect(fiscal).toContain(target.id);
    const kind = await user.get("/app?kind=change");
    expect(kind.html).toMatch(/<option value="change" selected="">/);
    for (const id of rows(kind.html))
      expect(body.claims.find((c: any) => c.id === id).kind).toBe("change");
  });

  it("shows a bad filter as a 422 naming the field, not a broken page", async () => {
    const page = await (await signedIn()).get("/app?periodFrom=2024-13-45");
    expect(page.status).toBe(422);
    expect(page.html).toContain("periodFrom");
  });

  it("pages through a long queue without repeating a claim", async () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) => `Exports of item ${i} rose ${i + 1}% in 2023.`,
    );
    await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: { text: lines.join("\n"), publishedAt: "2024-02-01" },
    });
    const user = await signedIn();
    const first = await user.get("/app");
    const next = /<a href="(\/app\?cursor=[^"]+)">Next page<\/a>/.exec(first.html)?.[1];
    expect(rows(first.html)).toHaveLength(50);
    const second = await user.get(next!.replace(/&amp;/g, "&"));
    expect(rows(second.html).length).toBe(10);
    expect(rows(second.html).filter((id) => rows(first.html).includes(id))).toEqual([]);
  });

  it("badges conflicting figures and filters to them", async () => {
    const say = (text: string) =>
      s.call("POST", "/v1/articles", {
        key: org.editor,
        body: { text, publishedAt: "2025-06-01" },
      });
    await say("Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.");
    await say("Globex made $3.1 billion from Europe in the fiscal year ended March 2025.");
    await say("Rainfall in Leeds rose 12% in 2024, the Met Office said.");
    const user = await signedIn();
    const all = await user.get("/app");
    expect(all.html.match(/conflicting figure/g)).toHaveLength(2);
    const only = await user.get("/app?conflicting=true");
    expect(rows(only.html)).toHaveLength(2);
    expect(only.html).not.toContain("Leeds");
  });
});
